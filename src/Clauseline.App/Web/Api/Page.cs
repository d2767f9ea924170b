namespace Clauseline.App.Web.Api;

/// <summary>One page of a list: its items and the address of the next page, null on the last one.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);
