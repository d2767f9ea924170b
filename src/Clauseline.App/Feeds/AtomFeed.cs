using System.Globalization;
using System.Net;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Clauseline.Changes;

namespace Clauseline.App.Feeds;

/// <summary>What a feed is about: its id (a tag URI), its title, the page it mirrors, and when nothing in it says when it was last updated.</summary>
public sealed record FeedSubject(string Id, string Title, string PagePath, DateTimeOffset? Fallback);

/// <summary>
/// Writes an Atom feed (RFC 4287): the feed's id, title, updated time, author, one self link and an alternate link
/// to its page; per entry a stable id (a tag URI of the version, RFC 4151), the headline as title, the time the
/// change was recorded, a link to the change record and, as HTML content, each provision change's summary linking
/// to its line of the record. Every piece of text is encoded once by the HTML writer below and once more by the
/// XML writer, which is what <c>type="html"</c> content means.
/// </summary>
public static class AtomFeed
{
    public const string MediaType = "application/atom+xml";

    public static byte[] Write(FeedSubject subject, IReadOnlyList<FeedChange> changes, string baseUrl, string selfPath, FeedOptions options)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(options);
        var items = changes.Select(c => Entry(c, baseUrl, options)).ToList();
        var feed = new SyndicationFeed(subject.Title, null, new Uri(baseUrl + subject.PagePath), subject.Id,
            items.Count > 0 ? items.Max(i => i.LastUpdatedTime) : subject.Fallback ?? DateTimeOffset.UnixEpoch, items)
        {
            Generator = "Clauseline",
        };
        // The alternate link is added by the constructor; the one self link is the feed's own address (RFC 4287 §4.2.7.2).
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(baseUrl + selfPath), MediaType));
        feed.Authors.Add(new SyndicationPerson { Name = "Clauseline", Uri = baseUrl + "/" });
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            new Atom10FeedFormatter(feed).WriteTo(writer);
        return stream.ToArray();
    }

    private static SyndicationItem Entry(FeedChange change, string baseUrl, FeedOptions options)
    {
        var version = change.Change;
        var record = version.Record!;
        var page = $"{baseUrl}/platforms/{change.Document.PlatformSlug}/{change.Document.TypeId}/changes/{version.VersionId.ToString(CultureInfo.InvariantCulture)}";
        var title = $"{change.Document.PlatformName} {change.Document.TypeName}: {record.Headline}";
        var item = new SyndicationItem(title, new TextSyndicationContent(Content(change, page), TextSyndicationContentKind.Html), new Uri(page),
            options.Tag($"version/{version.VersionId.ToString(CultureInfo.InvariantCulture)}"), version.RecordedAt)
        {
            PublishDate = version.RecordedAt,
        };
        item.Categories.Add(new SyndicationCategory(record.Significance == SignificanceLevel.Substantive ? "substantive" : "cosmetic"));
        item.Categories.Add(new SyndicationCategory(change.Document.Key));
        return item;
    }

    private static string Content(FeedChange change, string page)
    {
        var record = change.Change.Record!;
        var html = new StringBuilder();
        html.Append("<p>").Append(Encode(change.Document.PlatformName)).Append(' ').Append(Encode(change.Document.TypeName))
            .Append(", recorded ").Append(Encode(change.Change.RecordedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))).Append(":</p>");
        if (change.Entries.Count > 0)
        {
            html.Append("<ul>");
            foreach (var entry in change.Entries.Where(e => e < record.Provisions.Count))
            {
                var line = record.Provisions[entry];
                html.Append("<li><a href=\"").Append(Encode($"{page}#entry-{entry.ToString(CultureInfo.InvariantCulture)}")).Append("\">")
                    .Append(Encode(line.Kind.ToString().ToLowerInvariant())).Append("</a>: ").Append(Encode(line.Summary)).Append("</li>");
            }
            html.Append("</ul>");
        }
        html.Append("<p><a href=\"").Append(Encode(page)).Append("\">The change record, with the word-by-word differences</a></p>");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
