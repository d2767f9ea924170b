namespace Clauseline.Storage;

/// <summary>A platform and how many organisations follow it.</summary>
public sealed record FollowedPlatform(long PlatformId, int Organisations);
