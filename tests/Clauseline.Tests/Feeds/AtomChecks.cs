using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace Clauseline.Tests.Feeds;

/// <summary>Reads a feed twice: with SyndicationFeed, and as XML against the elements RFC 4287 requires.</summary>
public static class AtomChecks
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>Parses the feed and asserts its required elements (RFC 4287 §4.1.1, §4.1.2); returns both readings.</summary>
    public static (SyndicationFeed Feed, XDocument Xml) Valid(string body)
    {
        using var reader = XmlReader.Create(new StringReader(body));
        var feed = SyndicationFeed.Load(reader);
        var xml = XDocument.Parse(body);
        var root = xml.Root!;
        Assert.Equal(Atom + "feed", root.Name);
        foreach (var required in new[] { "id", "title", "updated" })
            Assert.Single(root.Elements(Atom + required));
        Assert.Single(root.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        Assert.Single(root.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate");
        Assert.NotEmpty(root.Elements(Atom + "author").Elements(Atom + "name"));
        foreach (var entry in root.Elements(Atom + "entry"))
        {
            foreach (var required in new[] { "id", "title", "updated" })
                Assert.Single(entry.Elements(Atom + required));
            Assert.StartsWith("tag:", entry.Element(Atom + "id")!.Value, StringComparison.Ordinal);
        }
        Assert.Equal(feed.Items.Count(), feed.Items.Select(i => i.Id).Distinct().Count());
        return (feed, xml);
    }

    public static IReadOnlyList<string> EntryIds(XDocument xml) =>
        [.. xml.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value)];
}
