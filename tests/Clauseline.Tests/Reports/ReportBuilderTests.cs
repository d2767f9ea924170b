using Clauseline.Analysis;
using Clauseline.Analysis.Exposure;
using Clauseline.Archive;
using Clauseline.Records;
using Clauseline.Reports;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Reports;

/// <summary>What an audit report says is in force on a date, and the history it lists, read from a real archive.</summary>
public sealed class ReportBuilderTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    private static async Task<AuditReport> ReportAsync(Pipeline pipeline, string date, Profile? profile = null)
    {
        var (agreement, privacy) = await ReportArchive.SeedAsync(pipeline.Store, pipeline.Settings.CatalogFolder);
        var builder = new AuditReportBuilder(pipeline.Store, pipeline.Get<ChangeOptions>(), ClauseRater.Default, TimeProvider.System);
        return await builder.BuildAsync(new ReportRequest([agreement, privacy], ReportDate.Parse(date).Date!, profile ?? Profile.Unknown, "Northwind Cloud"),
            TestContext.Current.CancellationToken);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Before_the_first_version_no_version_is_in_force_and_the_report_says_so(string kind)
    {
        await using var pipeline = await Pipeline.StartAsync(kind, postgres);

        var report = await ReportAsync(pipeline, "2026-01-04");

        var agreement = report.Documents[0];
        Assert.Null(agreement.InForce);
        Assert.Empty(agreement.Provisions);
        Assert.Empty(agreement.History);
        Assert.Contains("No version of this document had been recorded on or before 2026-01-04", agreement.Note, StringComparison.Ordinal);
        Assert.Contains("first was recorded 2026-01-05 09:00 UTC", agreement.Note, StringComparison.Ordinal);
        Assert.Contains("has no version of this document yet", report.Documents[1].Note, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Between_versions_the_earlier_one_is_in_force(string kind)
    {
        await using var pipeline = await Pipeline.StartAsync(kind, postgres);

        var report = await ReportAsync(pipeline, "2026-01-20");

        var agreement = report.Documents[0];
        var versions = await pipeline.Store.GetVersionsAsync((await pipeline.Store.GetDocumentsAsync()).Single(d => d.TypeId == "customer-agreement").Id);
        var first = versions.Single(v => v.Seq == 1);
        Assert.Equal(first.Id, agreement.InForce!.VersionId);
        Assert.Equal(first.TextSha256, agreement.InForce.TextSha256);
        Assert.Equal(ReportArchive.First, agreement.InForce.RecordedAt);
        Assert.Contains(agreement.Provisions, p => p.Text.Contains("12 months", StringComparison.Ordinal));
        Assert.Equal(new DateTimeOffset(2026, 1, 20, 23, 59, 59, 999, TimeSpan.Zero), report.AsOf);
        Assert.Equal("2026-01-20", report.AsOfDate);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task On_a_change_day_the_new_version_is_in_force_by_the_end_of_the_day_but_not_before_it_was_recorded(string kind)
    {
        await using var pipeline = await Pipeline.StartAsync(kind, postgres);

        var endOfDay = await ReportAsync(pipeline, "2026-03-09");
        var builder = new AuditReportBuilder(pipeline.Store, pipeline.Get<ChangeOptions>(), ClauseRater.Default, TimeProvider.System);
        var documents = await pipeline.Store.GetDocumentsAsync();
        var morning = await builder.BuildAsync(new ReportRequest(documents, ReportDate.Parse("2026-03-09T08:59:59Z").Date!, Profile.Unknown, "Northwind Cloud"),
            TestContext.Current.CancellationToken);

        Assert.Equal(4, endOfDay.Documents[0].InForce!.Seq);
        Assert.Contains(endOfDay.Documents[0].Provisions, p => p.Text.Contains("in the 3 months", StringComparison.Ordinal));
        var before = morning.Documents.Single(d => d.Type == "customer-agreement");
        Assert.Equal(3, before.InForce!.Seq);
        Assert.Null(morning.AsOfDate);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Provisions_carry_stable_ids_verbatim_text_hashes_categories_exposure_and_analysis(string kind)
    {
        await using var pipeline = await Pipeline.StartAsync(kind, postgres);

        var report = await ReportAsync(pipeline, "2026-03-31", Profiles.Find("eu-business-controller"));

        var agreement = report.Documents[0];
        var version = (await pipeline.Store.GetVersionAsync(agreement.InForce!.VersionId))!;
        var ids = await pipeline.Store.GetProvisionIdsAsync(version.Id);
        Assert.Equal(ids, agreement.Provisions.Select(p => p.Id));
        Assert.All(agreement.Provisions, p =>
        {
            Assert.Equal(p.Text, version.Text[p.Start..p.End]);
            Assert.Equal(Hashing.Sha256(p.Text), p.TextSha256);
        });
        var liability = agreement.Provisions.Single(p => p.Number == "3.1");
        Assert.Equal("Liability", liability.HeadingPath[^1]);
        Assert.Contains('\n', liability.Text);
        var cap = Assert.Single(liability.Categories, c => c.Id == "limitation-of-liability");
        Assert.Contains(cap.ExposureLevel, new[] { "low", "medium", "high" });
        Assert.NotEmpty(cap.Drivers);
        Assert.NotNull(liability.Analysis);
        Assert.False(string.IsNullOrWhiteSpace(liability.Analysis!.States));
        // The first version's id of clause 3.1 carries on: its id names the same clause across versions.
        var firstIds = await pipeline.Store.GetProvisionIdsAsync(agreement.History[0].VersionId);
        Assert.Contains(liability.Id, firstIds!);
        Assert.Equal("northwind-cloud/customer-agreement", Assert.Single(report.ArchiveHeads).Document);
        Assert.Equal(version.ChainHash, report.ArchiveHeads[0].ChainHash);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task The_history_gives_each_version_its_status_as_it_stood_on_the_date(string kind)
    {
        await using var pipeline = await Pipeline.StartAsync(kind, postgres);

        var onTheDay = await ReportAsync(pipeline, "2026-03-09");
        var builder = new AuditReportBuilder(pipeline.Store, pipeline.Get<ChangeOptions>(), ClauseRater.Default, TimeProvider.System);
        var later = await builder.BuildAsync(new ReportRequest(await pipeline.Store.GetDocumentsAsync(), ReportDate.Parse("2026-04-01").Date!, Profile.Unknown, "Northwind Cloud"),
            TestContext.Current.CancellationToken);

        var history = onTheDay.Documents[0].History;
        Assert.Equal([1, 2, 3, 4], history.Select(h => h.Seq));
        Assert.Equal(["confirmed", "transient", "confirmed", "pending"], history.Select(h => h.Status));
        Assert.Equal([false, true, true, false], history.Select(h => h.FlipBack));
        Assert.Equal([VersionKinds.Initial, VersionKinds.Change, VersionKinds.Change, VersionKinds.Change], history.Select(h => h.Kind));
        Assert.NotNull(history[3].Headline);
        Assert.Equal("confirmed", later.Documents.Single(d => d.Type == "customer-agreement").History[3].Status);
        var archived = (await pipeline.Store.GetVersionAsync(history[1].VersionId))!;
        Assert.Equal(archived.ChainHash, history[1].ChainHash);
        Assert.Equal(archived.TextSha256, history[1].TextSha256);
    }
}
