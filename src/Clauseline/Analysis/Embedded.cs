namespace Clauseline.Analysis;

internal static class Embedded
{
    /// <summary>A data file of the analysis, embedded in the library under its file name.</summary>
    public static Stream Open(string name) =>
        typeof(Embedded).Assembly.GetManifestResourceStream("analysis/" + name)
        ?? throw new InvalidOperationException($"{name} is not embedded in the library.");
}
