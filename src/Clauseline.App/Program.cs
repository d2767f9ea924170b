using System.CommandLine;
using Clauseline.App.Cli;

var root = new RootCommand("Clauseline watches the legal documents of the platforms you depend on and keeps every version.")
{
    ServeVerb.Create(),
    CheckVerb.Create(),
    HistoryVerb.Create(),
    ShowVerb.Create(),
    DiffVerb.Create(),
    ExportVerb.Create(),
    VerifyVerb.Create(),
    ImportVerb.Create(),
    CatalogVerb.Create(),
    PlatformsVerb.Create(),
};
root.Options.Add(GlobalOptions.Data);
root.Options.Add(GlobalOptions.Database);
root.Options.Add(GlobalOptions.Catalog);
return await root.Parse(args).InvokeAsync();
