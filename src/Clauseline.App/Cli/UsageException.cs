namespace Clauseline.App.Cli;

/// <summary>The user asked for something that does not exist or cannot be done as asked.</summary>
public sealed class UsageException(string message) : Exception(message);
