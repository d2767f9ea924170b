namespace Clauseline.Fetching;

/// <summary>
/// The rules of one robots.txt for one product token, parsed and matched as RFC 9309 says: the group
/// naming our token (else the <c>*</c> group) applies, the longest matching path wins, and on a tie
/// <c>allow</c> wins. <c>*</c> matches any sequence and a final <c>$</c> anchors the end.
/// </summary>
public sealed class RobotsRules
{
    private readonly List<(bool Allow, string Pattern)> _rules;

    private RobotsRules(List<(bool Allow, string Pattern)> rules) => _rules = rules;

    public static RobotsRules AllowAll { get; } = new([]);

    public static RobotsRules DisallowAll { get; } = new([(false, "/")]);

    public static RobotsRules Parse(string text, string productToken)
    {
        var groups = new List<(List<string> Agents, List<(bool, string)> Rules)>();
        (List<string> Agents, List<(bool, string)> Rules)? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
                line = line[..hash];
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
                continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (current is null || !lastWasAgent)
                    {
                        current = ([], []);
                        groups.Add(current.Value);
                    }
                    current.Value.Agents.Add(value.ToLowerInvariant());
                    lastWasAgent = true;
                    break;
                case "allow" or "disallow":
                    lastWasAgent = false;
                    if (current is null || value.Length == 0)
                        continue;
                    current.Value.Rules.Add((key == "allow", value));
                    break;
                default:
                    lastWasAgent = false;
                    break;
            }
        }
        var token = productToken.ToLowerInvariant();
        var matching = groups.Where(g => g.Agents.Contains(token)).ToList();
        if (matching.Count == 0)
            matching = [.. groups.Where(g => g.Agents.Contains("*"))];
        return new RobotsRules([.. matching.SelectMany(g => g.Rules)]);
    }

    public bool IsAllowed(Uri url)
    {
        var path = url.PathAndQuery;
        if (path == "/robots.txt")
            return true;
        var best = -1;
        var allowed = true;
        foreach (var (allow, pattern) in _rules)
        {
            if (!Matches(pattern, path))
                continue;
            if (pattern.Length > best || (pattern.Length == best && allow))
            {
                best = pattern.Length;
                allowed = allow;
            }
        }
        return allowed;
    }

    /// <summary>Whether a rule's path pattern matches a path: <c>*</c> is any run of characters, a final <c>$</c> ends the path. Linear in the path, whatever the pattern.</summary>
    internal static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var parts = (anchored ? pattern[..^1] : pattern).Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal))
            return false;
        var position = parts[0].Length;
        for (var i = 1; i < parts.Length; i++)
        {
            // Greedy leftmost matching of each literal is enough once a star precedes it; the last part, when anchored, must end the path.
            var found = i == parts.Length - 1 && anchored
                ? (path.Length - parts[i].Length >= position && path.EndsWith(parts[i], StringComparison.Ordinal) ? path.Length - parts[i].Length : -1)
                : path.IndexOf(parts[i], position, StringComparison.Ordinal);
            if (found < 0)
                return false;
            position = found + parts[i].Length;
        }
        return !anchored || position == path.Length;
    }
}
