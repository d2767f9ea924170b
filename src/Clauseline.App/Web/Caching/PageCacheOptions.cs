namespace Clauseline.App.Web.Caching;

/// <summary>
/// The caches of the public site, bound from <c>Web:OutputCache</c> (<c>CLAUSELINE_Web__OutputCache__Enabled=false</c>):
/// whole anonymous pages kept for <see cref="Seconds"/>, and the provision views they are built from.
/// </summary>
public sealed class PageCacheOptions
{
    public const string Section = "Web:OutputCache";

    public bool Enabled { get; set; } = true;

    /// <summary>How long a page stays in the cache; a new version shows to visitors at most this late.</summary>
    public int Seconds { get; set; } = 60;
}
