using Clauseline.Archive;
using Clauseline.Catalog;
using Clauseline.Changes;
using Clauseline.Records;
using Clauseline.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Clauseline.Tests.Records;

/// <summary>
/// Change records in the archive, on SQLite and on a real PostgreSQL server: built for every version in order,
/// provision ids carried across versions, provision timelines, confirmation as time passes, and records built
/// again (never the versions) when they are missing or came from another builder.
/// </summary>
public sealed class ChangeRecordStoreTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    private static readonly DateTimeOffset Day1 = new(2026, 2, 2, 9, 0, 0, TimeSpan.Zero);

    private const string V1 = """
        # Harbourline Terms

        ## 1. Accounts

        1.1 You must keep your login details secret.

        1.2 We may suspend accounts that send spam.

        ## 2. Billing

        2.1 You may dispute a charge within 60 days of the invoice date.

        2.2 We will give you 30 days' notice of any price increase.
        """;

    // Cosmetic: punctuation, case and a link only.
    private const string V2 = """
        # Harbourline Terms

        ## 1. Accounts

        1.1 You must keep your login details secret!

        1.2 We may suspend accounts that send SPAM.

        ## 2. Billing

        2.1 You may dispute a charge within 60 days of the [invoice date](https://harbourline.example/invoices).

        2.2 We will give you 30 days' notice of any price increase.
        """;

    // Substantive: a shorter dispute window and a removed commitment; a new clause numbered in between.
    private const string V3 = """
        # Harbourline Terms

        ## 1. Accounts

        1.1 You must keep your login details secret!

        1.2 You must enable two-step sign-in for administrator accounts.

        1.3 We may suspend accounts that send SPAM.

        ## 2. Billing

        2.1 You may dispute a charge within 30 days of the [invoice date](https://harbourline.example/invoices).
        """;

    private static async Task<Document> SeedAsync(Clauseline.Storage.Store store, params (string Text, DateTimeOffset At)[] versions)
    {
        var (document, _, _) = await store.EnsureImportedDocumentAsync("Harbourline", DocumentTypes.ResolveOrCreate("Terms of Service"));
        await store.AppendImportedVersionsAsync(document.Id, [.. versions.Select((v, i) => new NewVersion(VersionKinds.Change, "import", v.Text, v.At, null, null, null, [], $"test:{i}"))]);
        return document;
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Each_version_gets_a_record_and_provision_ids_carry_across_versions(string kind)
    {
        await using var pipeline = await Pipeline.StartAsync(kind, postgres);
        var document = await SeedAsync(pipeline.Store, (V1, Day1), (V2, Day1.AddDays(3)), (V3, Day1.AddDays(10)));

        Assert.Equal(3, await new ChangeRecorder(pipeline.Store).RecordAsync(document.Id));
        Assert.Equal(0, await new ChangeRecorder(pipeline.Store).RecordAsync(document.Id));

        var changes = await pipeline.Store.GetChangesAsync(document.Id);
        Assert.Equal(["none", "cosmetic", "substantive"], changes.Select(c => c.Significance));
        Assert.Null(changes[0].FromVersionId);
        Assert.Equal(changes[1].VersionId, changes[2].FromVersionId);
        var ids1 = (await pipeline.Store.GetProvisionIdsAsync(changes[0].VersionId))!;
        var ids3 = (await pipeline.Store.GetProvisionIdsAsync(changes[2].VersionId))!;
        // "We may suspend accounts" was 1.2 and is 1.3 now: the same provision, renumbered.
        Assert.Equal(ids1[3], ids3[4]);
        Assert.DoesNotContain(ids3[3], ids1);

        var record = changes[2].Record!;
        var shortened = Assert.Single(record.Provisions, p => p.Significance.Signals.Any(s => s.Kind == ChangeKind.PeriodShortened));
        Assert.Equal(ProvisionChangeKind.Modified, shortened.Kind);
        Assert.Contains(record.Provisions, p => p.Kind == ProvisionChangeKind.Removed && p.OldText!.Contains("30 days' notice", StringComparison.Ordinal));
        Assert.Contains(record.Provisions, p => p.Kind == ProvisionChangeKind.Added && p.AfterIds.Single() == ids3[3]);

        var timeline = await pipeline.Store.GetProvisionTimelineAsync(document.Id, shortened.AfterIds.Single());
        Assert.Equal([changes[1].VersionId, changes[2].VersionId], timeline.Select(t => t.Change.VersionId));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Status_and_alerts_follow_time(string kind)
    {
        await using var pipeline = await Pipeline.StartAsync(kind, postgres);
        var document = await SeedAsync(pipeline.Store, (V1, Day1), (V3, Day1.AddDays(10)));
        var clock = new FakeTimeProvider(Day1.AddDays(10).AddHours(2));
        var history = new ChangeHistory(pipeline.Store, new ChangeOptions { ConfirmationHours = 24 }, clock);

        var pending = (await history.ForDocumentAsync(document))[1];
        Assert.Equal(ChangeStatus.Pending, pending.State.Status);
        Assert.True(pending.State.Alert);

        clock.Advance(TimeSpan.FromHours(23));
        var confirmed = (await history.ForDocumentAsync(document))[1];
        Assert.Equal(ChangeStatus.Confirmed, confirmed.State.Status);
        Assert.Equal(confirmed.Version.FromVersionId, confirmed.State.AlertFromVersionId);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_text_that_flips_back_within_a_day_alerts_nobody(string kind)
    {
        await using var pipeline = await Pipeline.StartAsync(kind, postgres);
        var document = await SeedAsync(pipeline.Store, (V1, Day1), (V3, Day1.AddDays(5)), (V1, Day1.AddDays(5).AddHours(6)));
        var history = new ChangeHistory(pipeline.Store, new ChangeOptions(), new FakeTimeProvider(Day1.AddDays(30)));

        var changes = await history.ForDocumentAsync(document);

        Assert.Equal([ChangeStatus.Confirmed, ChangeStatus.Transient, ChangeStatus.Confirmed], changes.Select(c => c.State.Status));
        Assert.Equal([false, true, true], changes.Select(c => c.State.FlipBack));
        Assert.All(changes, c => Assert.False(c.State.Alert));
        // Both changes are kept in the archive, with their records.
        Assert.All(changes.Skip(1), c => Assert.Equal("substantive", c.Version.Significance));
    }

    [Fact]
    public async Task Missing_records_are_built_from_the_last_one_and_versions_are_never_touched()
    {
        await using var pipeline = await Pipeline.StartAsync("sqlite", postgres);
        var document = await SeedAsync(pipeline.Store, (V1, Day1), (V2, Day1.AddDays(3)));
        await new ChangeRecorder(pipeline.Store).RecordAsync(document.Id);
        var before = await pipeline.Store.GetChangesAsync(document.Id);
        await pipeline.Store.AppendImportedVersionsAsync(document.Id, [new NewVersion(VersionKinds.Change, "import", V3, Day1.AddDays(10), null, null, null, [], "test:later")]);

        Assert.Equal(1, await new ChangeRecorder(pipeline.Store).RecordAsync(document.Id));

        var after = await pipeline.Store.GetChangesAsync(document.Id);
        Assert.Equal(before.Select(b => b.SubstanceKey), after.Take(2).Select(a => a.SubstanceKey));
        Assert.Equal("substantive", after[2].Significance);
        Assert.True((await pipeline.Store.VerifyAsync([document])).Intact);
    }
}
