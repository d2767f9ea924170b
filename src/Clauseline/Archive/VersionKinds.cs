namespace Clauseline.Archive;

/// <summary>The kinds of version: the first text of a document, a change of it, or a re-extraction that changed only our reading of it.</summary>
public static class VersionKinds
{
    public const string Initial = "initial";
    public const string Change = "change";
    public const string TechnicalUpgrade = "technical-upgrade";
}
