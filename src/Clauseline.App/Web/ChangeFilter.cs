using Clauseline.Changes;
using Clauseline.Records;

namespace Clauseline.App.Web;

/// <summary>
/// What a document's history leaves out unless asked for everything: technical upgrades (our reading changed, not
/// the terms), flip-backs (a text that did not last, or the return of a recent one) and cosmetic changes. None of
/// them alerts anybody, so a reader skimming the history loses nothing by not seeing them.
/// </summary>
public static class ChangeFilter
{
    /// <summary>The value of <c>?show=</c> that lists every change.</summary>
    public const string ShowAll = "all";

    /// <summary>Why a change is hidden by default ("technical upgrade", "flip-back", "cosmetic change"), or null when it is shown.</summary>
    public static string? HiddenBecause(DocumentChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.IsTechnicalUpgrade)
            return "technical upgrade";
        if (change.State.FlipBack)
            return "flip-back";
        if (!change.IsInitial && change.Version.Level == SignificanceLevel.Cosmetic)
            return "cosmetic change";
        return null;
    }

    /// <summary>"2 cosmetic changes, 1 flip-back": what is hidden, counted by reason, or an empty string when nothing is.</summary>
    public static string Hidden(IEnumerable<DocumentChange> changes) =>
        string.Join(", ", changes.Select(HiddenBecause).OfType<string>().GroupBy(r => r, StringComparer.Ordinal).Select(g => Format.Count(g.Count(), g.Key)));
}
