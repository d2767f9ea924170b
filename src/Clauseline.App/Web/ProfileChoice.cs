using Clauseline.Analysis;
using Clauseline.Analysis.Exposure;

namespace Clauseline.App.Web;

/// <summary>The profile a page rates exposure for: <c>?profile=NAME</c>, one of the named profiles, "unknown" when not given.</summary>
public static class ProfileChoice
{
    public const string Default = "unknown";

    /// <summary>The named profile, <see cref="Profile.Unknown"/> when none is given, or null when the name is not a profile's.</summary>
    public static Profile? Resolve(string? name) =>
        string.IsNullOrWhiteSpace(name) || string.Equals(name.Trim(), Default, StringComparison.OrdinalIgnoreCase)
            ? Profile.Unknown
            : Profiles.Find(name.Trim());

    /// <summary>How a profile is named on the pages: the shipped profile's name for its id.</summary>
    public static string Name(Profile profile) => Profiles.Find(profile.Id)?.Name ?? profile.Name;

    /// <summary>Why a profile name was refused, naming the ones there are.</summary>
    public static string Unknown(string name) =>
        $"There is no profile '{name}'. The profiles are: {string.Join(", ", Profiles.All.Select(p => p.Id))}.";

    /// <summary>"?profile=eu-consumer", or nothing for the default profile: appended to links so a page's choice carries on.</summary>
    public static string Query(Profile profile, char separator = '?') =>
        profile.Id == Default ? "" : $"{separator}profile={Uri.EscapeDataString(profile.Id)}";
}
