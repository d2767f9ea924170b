using System.CommandLine;
using Clauseline.App.Cli;

var root = new RootCommand("Clauseline watches the legal documents of the platforms you depend on and keeps every version.")
{
    ServeVerb.Create(),
    CheckVerb.Create(),
    HistoryVerb.Create(),
    ShowVerb.Create(),
    DiffVerb.Create(),
    ChangesVerb.Create(),
    ExportVerb.Create(),
    ExtractVerb.Create(),
    SegmentVerb.Create(),
    EvalVerb.Create(),
    TrainVerb.Create(),
    ClassifyVerb.Create(),
    VerifyVerb.Create(),
    ReportVerb.Create(),
    ImportVerb.Create(),
    CatalogVerb.Create(),
    PlatformsVerb.Create(),
    UsersVerb.Create(),
    OrgsVerb.Create(),
    DigestVerb.Create(),
};
// `orgs follow` and `orgs unfollow` live with the alerts (FollowVerbs.cs), beside the organisation verbs.
foreach (var follow in FollowVerbs.Create())
    root.Subcommands.Single(c => c.Name == "orgs").Subcommands.Add(follow);
root.Options.Add(GlobalOptions.Data);
root.Options.Add(GlobalOptions.Database);
root.Options.Add(GlobalOptions.Catalog);
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
{
    foreach (var error in parsed.Errors)
        await Console.Error.WriteLineAsync($"error: {error.Message}");
    await Console.Error.WriteLineAsync("see `clauseline --help`");
    return ExitCodes.BadArguments;
}
return await parsed.InvokeAsync();
