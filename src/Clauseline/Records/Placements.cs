using Clauseline.Segmentation;

namespace Clauseline.Records;

/// <summary>Where each provision of a version sits: its headings and the number of its clause or of its section.</summary>
internal static class Placements
{
    /// <summary>A heading's title without its marks and number: "## 4. Fees" is "Fees".</summary>
    private static string Title(Provision heading)
    {
        var title = HeadingLines.SplitNumber(heading.Text.Trim().TrimStart('#').Trim().Trim('*', '_').Trim()).Title;
        return title.Length == 0 ? heading.Text.Trim() : title;
    }

    public static Placement[] Of(IReadOnlyList<Provision> provisions)
    {
        var places = new Placement[provisions.Count];
        // The number of the heading last seen at each depth; an unnumbered paragraph takes its nearest heading's.
        var numbers = new List<string?>();
        for (var i = 0; i < provisions.Count; i++)
        {
            var provision = provisions[i];
            var depth = provision.HeadingPath.Count;
            if (provision.Kind == ProvisionKind.Heading)
            {
                if (numbers.Count > depth)
                    numbers.RemoveRange(depth, numbers.Count - depth);
                while (numbers.Count < depth)
                    numbers.Add(null);
                numbers.Add(provision.Number);
                // A heading sits under its parents and names its own section.
                places[i] = new Placement([.. provision.HeadingPath, Title(provision)], provision.Number);
                continue;
            }
            string? section = provision.Number;
            for (var d = Math.Min(depth, numbers.Count) - 1; section is null && d >= 0; d--)
                section = numbers[d];
            places[i] = new Placement(provision.HeadingPath, section);
        }
        return places;
    }
}
