namespace Clauseline.Storage;

/// <summary>The database cannot be reached or opened; the message says which and why.</summary>
public sealed class DatabaseUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
