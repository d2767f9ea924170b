using System.Globalization;
using Clauseline.Accounts;
using Clauseline.Analysis;

namespace Clauseline.App.Web.Accounts;

/// <summary>The organisation profile form, read into a <see cref="Profile"/>: every field may be left "not stated", which the exposure rating treats as unknown.</summary>
public static class ProfileFields
{
    public static readonly IReadOnlyList<(string Id, string Name)> Jurisdictions = [("eu", "European Union / EEA"), ("uk", "United Kingdom"), ("us", "United States"), ("us-ca", "California")];

    public static readonly IReadOnlyList<(string Id, string Name)> Sectors = [("general", "General"), ("health", "Health care"), ("finance", "Financial services"), ("public-sector", "Public sector"), ("education", "Education")];

    public static readonly IReadOnlyList<(string Id, string Name)> DataRoles = [("controller", "Controller: we decide why personal data is processed"), ("processor", "Processor: we process it for our clients")];

    public static readonly IReadOnlyList<(string Id, string Name)> Sizes = [("small", "Small (under 50 people)"), ("medium", "Medium (50 to 249)"), ("large", "Large (250 or more)")];

    /// <summary>The profile the form describes, or the reason it cannot be read.</summary>
    public static (Profile? Profile, string? Problem) Read(IFormCollection form, Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(organisation);
        string? Choice(string name, IEnumerable<string> allowed) => form[name].ToString() is var v && allowed.Contains(v, StringComparer.Ordinal) ? v : null;
        bool? Flag(string name) => form[name].ToString() switch { "yes" => true, "no" => false, _ => null };
        var problems = new List<string>();
        int? Count(string name, string label)
        {
            var text = form[name].ToString().Trim();
            if (text.Length == 0)
                return null;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 1_000_000)
                return n;
            problems.Add($"{label} must be a whole number, or left empty when not known.");
            return null;
        }
        var audience = form["audience"].ToString() switch { "consumer" => Audience.Consumer, "business" => Audience.Business, _ => (Audience?)null };
        var jurisdictions = form["jurisdictions"].Where(j => Jurisdictions.Any(k => k.Id == j)).Select(j => j!).Distinct(StringComparer.Ordinal).ToList();
        var security = new SecurityPosture(Flag("mfa"), Count("privileged_users", "Privileged users"), Count("api_keys", "API keys"),
            Count("integrations", "Third-party integrations"), Flag("contractors"));
        if (problems.Count > 0)
            return (null, string.Join(" ", problems));
        var profile = new Profile($"org-{organisation.Slug}", organisation.Name, $"The profile {organisation.Name} gave of itself.", audience,
            jurisdictions.Count > 0 ? jurisdictions : null, Choice("sector", Sectors.Select(s => s.Id)), Choice("role", DataRoles.Select(r => r.Id)),
            Choice("size", Sizes.Select(s => s.Id)), security == new SecurityPosture() ? null : security);
        return (profile, null);
    }

    /// <summary>The time zone if the system knows it (an IANA id such as <c>Europe/Paris</c>, or a Windows id), else null.</summary>
    public static string? TimeZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
            return null;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id.Trim()).Id;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
