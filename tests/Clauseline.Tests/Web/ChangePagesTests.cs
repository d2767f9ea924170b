using System.Net;
using Clauseline.Archive;
using Clauseline.Records;
using Clauseline.Segmentation;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Web;

/// <summary>
/// The change record, provision and history pages, read over HTTP as a visitor would, on an agreement with six
/// versions: a longer notice period and a new obligation, a cosmetic edit, a termination notice shortened and
/// put back within hours, then lengthened for good, and a clause removed an hour ago.
/// </summary>
public sealed class ChangePagesTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    private const string Catalog = """
        { "name": "Northwind Cloud", "slug": "northwind-cloud", "website": "https://northwind.example/",
          "documents": [
            { "type": "customer-agreement", "urls": ["https://northwind.example/legal/agreement"] },
            { "type": "privacy-policy", "urls": ["https://northwind.example/legal/privacy"] } ] }
        """;

    private const string Page = "/platforms/northwind-cloud/customer-agreement";

    private const string First = """
        # Northwind Cloud Customer Agreement

        ## 1. Your account

        1.1 You must keep your password confidential.

        1.2 You are responsible for all activity under your account.

        ## 2. Changes to this agreement

        2.1 We will give you 30 days' notice before a change to this agreement takes effect.

        2.2 Notices are sent to the email address on your account.

        ## 3. Termination

        3.1 Either party may end this agreement with 30 days' written notice.

        """;

    private const string Retention = """
        # Privacy Policy

        ## 4. Retention

        4.1 We keep server logs for 30 days, and we delete backups of your content 90 days after you close your account.

        4.2 You can ask us for a copy of your data at any time.

        """;

    private const string RetentionSplit = """
        # Privacy Policy

        ## 4. Retention

        4.1 We keep server logs for 30 days.

        4.2 We delete backups of your content 90 days after you close your account.

        4.3 You can ask us for a copy of your data at any time.

        """;

    /// <summary>The agreement's versions: text and days after 10 January 2026 (the last one an hour ago, still pending).</summary>
    private static List<(string Text, DateTimeOffset At)> Versions()
    {
        var start = new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);
        var second = First
            .Replace("under your account.\n", "under your account.\n\n1.3 You must enable two-factor authentication on every administrator account.\n", StringComparison.Ordinal)
            .Replace("30 days' notice before", "60 days' notice before", StringComparison.Ordinal);
        var cosmetic = second.Replace("## 3. Termination", "## 3. TERMINATION", StringComparison.Ordinal).Replace("on your account.\n\n## 3", "on your account;\n\n## 3", StringComparison.Ordinal);
        var shortened = cosmetic.Replace("30 days' written notice", "7 days' written notice", StringComparison.Ordinal);
        var lengthened = cosmetic.Replace("30 days' written notice", "90 days' written notice", StringComparison.Ordinal);
        var removed = lengthened.Replace("1.2 You are responsible for all activity under your account.\n\n", "", StringComparison.Ordinal).Replace("1.3 You must enable", "1.2 You must enable", StringComparison.Ordinal);
        return
        [
            (First, start),
            (second, start.AddDays(31)),
            (cosmetic, start.AddDays(59)),
            (shortened, start.AddDays(90)),
            (lengthened, start.AddDays(90).AddHours(2)),
            (removed, DateTimeOffset.UtcNow.AddHours(-1)),
        ];
    }

    private sealed record Seeded(ServedApp App, Document Agreement, IReadOnlyList<VersionSummary> Versions, IReadOnlyList<VersionSummary> Privacy) : IAsyncDisposable
    {
        /// <summary>The id of the provision of the agreement's version <paramref name="seq"/> whose text starts with <paramref name="start"/>.</summary>
        public Task<string> ProvisionIdAsync(int seq, string start) => ProvisionIdAsync(Versions, seq, start);

        public async Task<string> ProvisionIdAsync(IReadOnlyList<VersionSummary> versions, int seq, string start)
        {
            var version = (await App.Store.GetVersionAsync(versions.Single(v => v.Seq == seq).Id))!;
            var ids = (await App.Store.GetProvisionIdsAsync(version.Id))!;
            var provisions = ProvisionSplitter.Split(version.Text);
            return ids[provisions.ToList().FindIndex(p => p.Text.StartsWith(start, StringComparison.Ordinal))];
        }

        public long Id(int seq) => Versions.Single(v => v.Seq == seq).Id;

        public ValueTask DisposeAsync() => App.DisposeAsync();
    }

    private static async Task<Seeded> StartAsync(string kind, PostgresServer postgres)
    {
        var app = await ServedApp.StartAsync(kind, postgres, Catalog);
        var documents = await app.Store.GetDocumentsAsync();
        var agreement = documents.Single(d => d.TypeId == "customer-agreement");
        var privacy = documents.Single(d => d.TypeId == "privacy-policy");
        await app.Store.AppendImportedVersionsAsync(agreement.Id,
            [.. Versions().Select((v, i) => new NewVersion(VersionKinds.Change, "import", v.Text, v.At, null, null, null, [], $"test:agreement/{i}.md"))]);
        await app.Store.AppendImportedVersionsAsync(privacy.Id,
            [.. new[] { Retention, RetentionSplit }.Select((text, i) => new NewVersion(VersionKinds.Change, "import", text, new DateTimeOffset(2026, 1, 10 + i, 9, 0, 0, TimeSpan.Zero), null, null, null, [], $"test:privacy/{i}.md"))]);
        await new ChangeRecorder(app.Store).RecordAsync([agreement.Id, privacy.Id]);
        var versions = (await app.Store.GetVersionsAsync(agreement.Id)).OrderBy(v => v.Seq).ToList();
        Assert.Equal(6, versions.Count);
        return new Seeded(app, agreement, versions, await app.Store.GetVersionsAsync(privacy.Id));
    }

    private static Task<string> GetAsync(Seeded seeded, string path) => seeded.App.Client.GetStringAsync(path, TestContext.Current.CancellationToken);

    [Theory, MemberData(nameof(Databases))]
    public async Task A_change_record_shows_its_headline_summaries_word_diff_and_links(string kind)
    {
        await using var seeded = await StartAsync(kind, postgres);
        var notice = await seeded.ProvisionIdAsync(2, "2.1 We will give you");

        var html = await GetAsync(seeded, $"{Page}/changes/{seeded.Id(2)}");

        Assert.Contains("<h1>Added an obligation: ", html, StringComparison.Ordinal);
        Assert.Contains("Lengthened the notice period from 30 days to 60 days", html, StringComparison.Ordinal);
        Assert.Contains("<del><span class=\"visually-hidden\">removed: </span>30</del> <ins><span class=\"visually-hidden\">added: </span>60</ins>", html, StringComparison.Ordinal);
        Assert.Contains("<ins><span class=\"visually-hidden\">added: </span>1.3 You must enable two-factor authentication on every administrator account.</ins>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{Page}/provisions/{notice}\">provision {notice}</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/versions/{seeded.Id(1)}\">version 1</a> → <a href=\"/versions/{seeded.Id(2)}\">version 2</a>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Page}/diff?from={seeded.Id(1)}&amp;to={seeded.Id(2)}\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge confirmed\">confirmed</span>", html, StringComparison.Ordinal);
        Assert.Contains("Subscribers were alerted.", html, StringComparison.Ordinal);
        Assert.Contains("2026-02-10 09:00 UTC", html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Cosmetic_provision_changes_are_collapsed_and_renumbered_ones_counted(string kind)
    {
        await using var seeded = await StartAsync(kind, postgres);

        var cosmetic = await GetAsync(seeded, $"{Page}/changes/{seeded.Id(3)}");
        var removal = await GetAsync(seeded, $"{Page}/changes/{seeded.Id(6)}");

        Assert.Contains("<h1>No material change: punctuation and casing (2 provisions)</h1>", cosmetic, StringComparison.Ordinal);
        Assert.Contains("None: no provision changed in a way that could change its meaning.", cosmetic, StringComparison.Ordinal);
        Assert.Contains("<summary>Show 2 cosmetic changes", cosmetic, StringComparison.Ordinal);
        Assert.Contains("Cosmetic: punctuation only", cosmetic[cosmetic.IndexOf("<details>", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("1 provision only renumbered, not listed.", removal, StringComparison.Ordinal);
        Assert.Contains("<del><span class=\"visually-hidden\">removed: </span>1.2 You are responsible for all activity under your account.</del>", removal, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_change_after_a_transient_is_alerted_against_the_last_confirmed_version(string kind)
    {
        await using var seeded = await StartAsync(kind, postgres);

        var transient = await GetAsync(seeded, $"{Page}/changes/{seeded.Id(4)}");
        var lasting = await GetAsync(seeded, $"{Page}/changes/{seeded.Id(5)}");

        Assert.Contains("<span class=\"badge transient\">transient</span>", transient, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge flip-back\">flip-back</span>", transient, StringComparison.Ordinal);
        Assert.Contains("None: a text replaced before it was confirmed alerts nobody.", transient, StringComparison.Ordinal);
        Assert.Contains("Lengthened the notice period from 7 days to 90 days", lasting, StringComparison.Ordinal);
        Assert.Contains($"The alert compares with <a href=\"/versions/{seeded.Id(3)}\">version 3</a>, the last confirmed text, not with version 4", lasting, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Page}/diff?from={seeded.Id(3)}&amp;to={seeded.Id(5)}\"", lasting, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_pending_change_says_when_it_will_be_confirmed(string kind)
    {
        await using var seeded = await StartAsync(kind, postgres);

        var html = await GetAsync(seeded, $"{Page}/changes/{seeded.Id(6)}");

        Assert.Contains("<span class=\"badge pending\">pending until ", html, StringComparison.Ordinal);
        Assert.Contains("Pending: confirmed at ", html, StringComparison.Ordinal);
        Assert.Contains("Subscribers will be alerted once it is confirmed.", html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task The_history_hides_cosmetic_changes_and_flip_backs_until_asked(string kind)
    {
        await using var seeded = await StartAsync(kind, postgres);

        var filtered = await GetAsync(seeded, Page);
        var all = await GetAsync(seeded, $"{Page}?show=all");

        Assert.Contains("Showing 4 of 6 changes; hidden: 1 cosmetic change, 1 flip-back.", filtered, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{Page}?show=all#changes\">Show all changes</a>", filtered, StringComparison.Ordinal);
        foreach (var seq in new[] { 1, 2, 5, 6 })
            Assert.Contains($"href=\"{Page}/changes/{seeded.Id(seq)}\"", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{Page}/changes/{seeded.Id(3)}\"", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{Page}/changes/{seeded.Id(4)}\"", filtered, StringComparison.Ordinal);
        Assert.Contains("Showing all 6 changes.", all, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{Page}#changes\">Hide cosmetic changes, flip-backs and technical upgrades</a>", all, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Page}/changes/{seeded.Id(3)}\">No material change: punctuation and casing (2 provisions)</a>", all, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Page}/changes/{seeded.Id(4)}\"", all, StringComparison.Ordinal);
        // Newest first; the versions table and its compare form are still there.
        Assert.True(all.IndexOf($"/changes/{seeded.Id(6)}\"", StringComparison.Ordinal) < all.IndexOf($"/changes/{seeded.Id(5)}\"", StringComparison.Ordinal));
        Assert.Contains($"action=\"{Page}/diff\"", filtered, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_provision_page_shows_its_text_place_neighbours_and_timeline(string kind)
    {
        await using var seeded = await StartAsync(kind, postgres);
        var termination = await seeded.ProvisionIdAsync(6, "3.1 Either party");
        var heading = await seeded.ProvisionIdAsync(6, "## 3. TERMINATION");

        var html = await GetAsync(seeded, $"{Page}/provisions/{termination}");

        Assert.Contains("<h1>Clause 3.1 (TERMINATION)</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"clause\">3.1 Either party may end this agreement with 90 days&#x27; written notice.</div>", html, StringComparison.Ordinal);
        Assert.Contains("Northwind Cloud Customer Agreement › TERMINATION", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains($"Previous: <a href=\"{Page}/provisions/{heading}\" rel=\"prev\">3. TERMINATION</a>", html, StringComparison.Ordinal);
        Assert.Contains("Next: none, it is the last provision.", html, StringComparison.Ordinal);
        Assert.Contains("has changed substantively 4 times since 2026-01-10; this provision, twice.", html, StringComparison.Ordinal);
        var lengthened = html.IndexOf($"href=\"{Page}/changes/{seeded.Id(5)}#entry-0\">Lengthened the notice period from 7 days to 90 days", StringComparison.Ordinal);
        var shortened = html.IndexOf($"href=\"{Page}/changes/{seeded.Id(4)}#entry-0\">Shortened the notice period from 30 days to 7 days", StringComparison.Ordinal);
        Assert.True(lengthened > 0 && shortened > lengthened, "the timeline lists both changes, newest first");
        Assert.Contains($"href=\"/versions/{seeded.Id(1)}\">version 1</a>, the first recorded", html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_removed_provision_says_when_and_shows_its_last_text(string kind)
    {
        await using var seeded = await StartAsync(kind, postgres);
        var responsibility = await seeded.ProvisionIdAsync(1, "1.2 You are responsible");
        var twoFactor = await seeded.ProvisionIdAsync(2, "1.3 You must enable");

        var removed = await GetAsync(seeded, $"{Page}/provisions/{responsibility}");
        var added = await GetAsync(seeded, $"{Page}/provisions/{twoFactor}");

        Assert.Contains($"Removed in <a href=\"{Page}/changes/{seeded.Id(6)}#entry-", removed, StringComparison.Ordinal);
        Assert.Contains("Last text <small>(version 5,", removed, StringComparison.Ordinal);
        Assert.Contains("<div class=\"clause\">1.2 You are responsible for all activity under your account.</div>", removed, StringComparison.Ordinal);
        Assert.Contains("<div class=\"clause\">1.2 You must enable two-factor authentication on every administrator account.</div>", added, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{Page}/changes/{seeded.Id(2)}#entry-0\">version 2</a>, added 2026-02-10 09:00 UTC", added, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_split_provision_points_to_its_parts_and_they_back_to_it(string kind)
    {
        await using var seeded = await StartAsync(kind, postgres);
        const string Privacy = "/platforms/northwind-cloud/privacy-policy";
        var whole = await seeded.ProvisionIdAsync(seeded.Privacy, 1, "4.1 We keep server logs");
        var logs = await seeded.ProvisionIdAsync(seeded.Privacy, 2, "4.1 We keep server logs");
        var backups = await seeded.ProvisionIdAsync(seeded.Privacy, 2, "4.2 We delete backups");
        var split = seeded.Privacy.Single(v => v.Seq == 2).Id;

        var change = await GetAsync(seeded, $"{Privacy}/changes/{split}");
        var before = await GetAsync(seeded, $"{Privacy}/provisions/{whole}");
        var part = await GetAsync(seeded, $"{Privacy}/provisions/{backups}");

        Assert.Contains("<span class=\"badge kind\">split</span>", change, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{Privacy}/provisions/{whole}\">provision {whole}</a> (before)", change, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{Privacy}/provisions/{backups}\">provision {backups}</a> (after)", change, StringComparison.Ordinal);
        Assert.Contains($"Split into other provisions in <a href=\"{Privacy}/changes/{split}#entry-0\">version 2</a>", before, StringComparison.Ordinal);
        Assert.Contains($"<li><a href=\"{Privacy}/provisions/{logs}\">provision {logs}</a></li>", before, StringComparison.Ordinal);
        Assert.Contains("<div class=\"clause\">4.1 We keep server logs for 30 days, and we delete backups", before, StringComparison.Ordinal);
        Assert.Contains($"version 2</a>, split from {whole}, 2026-01-11 09:00 UTC", part, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Unknown_versions_and_provisions_answer_not_found_with_a_message(string kind)
    {
        await using var seeded = await StartAsync(kind, postgres);
        var ct = TestContext.Current.CancellationToken;

        var unknown = await seeded.App.Client.GetAsync($"{Page}/changes/99999", ct);
        var notANumber = await seeded.App.Client.GetAsync($"{Page}/changes/latest", ct);
        var otherDocument = await seeded.App.Client.GetAsync($"{Page}/changes/{seeded.Privacy[0].Id}", ct);
        var provision = await seeded.App.Client.GetAsync($"{Page}/provisions/p999", ct);
        var document = await seeded.App.Client.GetAsync("/platforms/northwind-cloud/cookie-policy/provisions/p1", ct);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Northwind Cloud Customer Agreement has no version &#x27;99999&#x27;", await unknown.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, notANumber.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherDocument.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, provision.StatusCode);
        Assert.Contains("Northwind Cloud Customer Agreement has no provision &#x27;p999&#x27; in any version.", await provision.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, document.StatusCode);
    }
}
