using System.Data.Common;
using System.Text;
using Clauseline.Archive;
using Clauseline.Catalog;
using Clauseline.Storage;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Storage;

/// <summary>The store contract, run against SQLite and a real PostgreSQL server alike.</summary>
public sealed class StoreTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    private static readonly PlatformDeclaration Northwind = new()
    {
        Name = "Northwind Cloud",
        Slug = "northwind-cloud",
        Website = "https://northwind.example/",
        Documents = [new DocumentDeclaration { Type = "customer-agreement", Urls = ["https://northwind.example/legal/agreement"], Select = ["main"] }],
    };

    private async Task<(Pipeline Pipeline, Document Document)> StartAsync(string kind)
    {
        var pipeline = await Pipeline.StartAsync(kind, postgres);
        await pipeline.Store.SyncCatalogAsync([Northwind]);
        var document = (await pipeline.Store.GetDocumentsAsync())[0];
        return (pipeline, document);
    }

    private static NewCheck CheckWithVersion(Document document, string text, DateTimeOffset at, string page) => new(
        document.Id, at, at.AddSeconds(1), "manual", CheckOutcomes.NewVersion, null, null, 200, "http", "1", "h",
        [new NewSnapshot(0, "https://northwind.example/legal/agreement", "https://northwind.example/legal/agreement", at, "http", 200, "text/html", "\"e1\"", null, Encoding.UTF8.GetBytes(page))],
        new NewVersion(VersionKinds.Change, "fetch", text, at, "1", "h", "s", [null]));

    private static async Task<List<DocumentVersion>> RecordThreeVersionsAsync(Store store, Document document)
    {
        var versions = new List<DocumentVersion>();
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var (text, day) in new[] { ("First text of the agreement.\n", 0), ("Second text of the agreement.\n", 1), ("Third text of the agreement.\n", 2) })
            versions.Add((await store.RecordCheckAsync(CheckWithVersion(document, text, at.AddDays(day), $"<p>{text}</p>"))).Version!);
        return versions;
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Migrations_apply_once_and_can_run_again(string kind)
    {
        await using var pipeline = await Pipeline.StartAsync(kind, postgres);
        await pipeline.Store.Database.MigrateAsync();
        await using var connection = await pipeline.Store.Database.OpenAsync();
        var applied = await connection.ScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations");
        Assert.Equal(Migrations.For(kind).Count, applied);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_recorded_check_keeps_its_snapshot_and_version_in_one_chain(string kind)
    {
        var (pipeline, document) = await StartAsync(kind);
        await using var _ = pipeline;
        var versions = await RecordThreeVersionsAsync(pipeline.Store, document);

        Assert.Equal([1, 2, 3], versions.Select(v => v.Seq));
        var latest = await pipeline.Store.GetLatestVersionAsync(document.Id);
        Assert.Equal("Third text of the agreement.\n", latest!.Text);
        Assert.Equal(Hashing.Sha256(latest.Text), latest.TextSha256);
        var snapshots = await pipeline.Store.GetVersionSnapshotsAsync(latest.Id);
        Assert.Equal("<p>Third text of the agreement.\n</p>", Encoding.UTF8.GetString(await pipeline.Store.GetSnapshotBodyAsync(snapshots[0].Sha256)));
        var report = await pipeline.Store.VerifyAsync([document]);
        Assert.True(report.Intact, string.Join("; ", report.Problems));
        Assert.Equal(3, report.Versions);
        Assert.Equal(latest.ChainHash, report.Heads[document.Key]);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Identical_bytes_are_stored_once(string kind)
    {
        var (pipeline, document) = await StartAsync(kind);
        await using var _ = pipeline;
        var at = DateTimeOffset.UtcNow;
        var snapshot = new NewSnapshot(0, "https://northwind.example/a", "https://northwind.example/a", at, "http", 200, "text/html", null, null, Encoding.UTF8.GetBytes("<p>same bytes</p>"));
        for (var i = 0; i < 3; i++)
            await pipeline.Store.RecordCheckAsync(new NewCheck(document.Id, at, at, "manual", CheckOutcomes.Unchanged, null, null, 200, "http", "1", "h", [snapshot], null));
        await using var connection = await pipeline.Store.Database.OpenAsync();
        Assert.Equal(1, await connection.ScalarAsync<long>("SELECT COUNT(*) FROM blobs"));
        Assert.Equal(3, await connection.ScalarAsync<long>("SELECT COUNT(*) FROM snapshots"));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task The_database_refuses_to_alter_or_delete_archived_rows(string kind)
    {
        var (pipeline, document) = await StartAsync(kind);
        await using var _ = pipeline;
        await RecordThreeVersionsAsync(pipeline.Store, document);
        await using var connection = await pipeline.Store.Database.OpenAsync();
        foreach (var sql in new[] { "UPDATE versions SET text = 'forged'", "DELETE FROM versions", "UPDATE snapshots SET url = 'x'", "DELETE FROM checks", "DELETE FROM blobs" })
        {
            var error = await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync(sql));
            Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        }
        Assert.True((await pipeline.Store.VerifyAsync([document])).Intact);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Verify_names_an_edited_text(string kind)
    {
        var (pipeline, document) = await StartAsync(kind);
        await using var _ = pipeline;
        var versions = await RecordThreeVersionsAsync(pipeline.Store, document);
        await TamperAsync(pipeline, kind, $"UPDATE versions SET text = 'Second text, quietly edited.' WHERE id = {versions[1].Id}");
        var report = await pipeline.Store.VerifyAsync([document]);
        var problem = Assert.Single(report.Problems);
        Assert.Contains("version 2", problem, StringComparison.Ordinal);
        Assert.Contains("text was altered", problem, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Verify_detects_an_edit_even_when_the_text_hash_was_forged_too(string kind)
    {
        var (pipeline, document) = await StartAsync(kind);
        await using var _ = pipeline;
        var versions = await RecordThreeVersionsAsync(pipeline.Store, document);
        var forged = "Second text, quietly edited.\n";
        await TamperAsync(pipeline, kind, $"UPDATE versions SET text = '{forged}', text_sha256 = '{Hashing.Sha256(forged)}' WHERE id = {versions[1].Id}");
        var problem = Assert.Single((await pipeline.Store.VerifyAsync([document])).Problems);
        Assert.Contains("version 2", problem, StringComparison.Ordinal);
        Assert.Contains("chain hash does not match", problem, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Verify_detects_a_change_relabelled_as_a_technical_upgrade(string kind)
    {
        var (pipeline, document) = await StartAsync(kind);
        await using var _ = pipeline;
        var versions = await RecordThreeVersionsAsync(pipeline.Store, document);
        await TamperAsync(pipeline, kind, $"UPDATE versions SET kind = 'technical-upgrade' WHERE id = {versions[1].Id}");
        var problem = Assert.Single((await pipeline.Store.VerifyAsync([document])).Problems);
        Assert.Contains("version 2", problem, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task The_same_text_recorded_twice_by_two_checks_is_one_version(string kind)
    {
        var (pipeline, document) = await StartAsync(kind);
        await using var _ = pipeline;
        var at = DateTimeOffset.UtcNow;
        var first = await pipeline.Store.RecordCheckAsync(CheckWithVersion(document, "Same text.\n", at, "<p>Same text.</p>"));
        var second = await pipeline.Store.RecordCheckAsync(CheckWithVersion(document, "Same text.\n", at.AddSeconds(5), "<p>Same text.</p>"));
        Assert.NotNull(first.Version);
        Assert.Null(second.Version);
        Assert.Single(await pipeline.Store.GetVersionsAsync(document.Id));
        Assert.Equal(CheckOutcomes.Unchanged, (await pipeline.Store.GetChecksAsync(document.Id))[0].Outcome);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Verify_detects_a_redated_version(string kind)
    {
        var (pipeline, document) = await StartAsync(kind);
        await using var _ = pipeline;
        var versions = await RecordThreeVersionsAsync(pipeline.Store, document);
        var earlier = kind == "sqlite" ? "'2025-06-01 00:00:00+00:00'" : "'2025-06-01T00:00:00Z'";
        await TamperAsync(pipeline, kind, $"UPDATE versions SET recorded_at = {earlier} WHERE id = {versions[2].Id}");
        var problem = Assert.Single((await pipeline.Store.VerifyAsync([document])).Problems);
        Assert.Contains("version 3", problem, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Verify_detects_a_removed_version(string kind)
    {
        var (pipeline, document) = await StartAsync(kind);
        await using var _ = pipeline;
        var versions = await RecordThreeVersionsAsync(pipeline.Store, document);
        await TamperAsync(pipeline, kind, $"DELETE FROM version_snapshots WHERE version_id = {versions[1].Id}; DELETE FROM versions WHERE id = {versions[1].Id}");
        var problems = (await pipeline.Store.VerifyAsync([document])).Problems;
        Assert.Contains(problems, p => p.Contains("removed or inserted", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Verify_detects_a_removed_latest_version_through_its_check(string kind)
    {
        var (pipeline, document) = await StartAsync(kind);
        await using var _ = pipeline;
        var versions = await RecordThreeVersionsAsync(pipeline.Store, document);
        await TamperAsync(pipeline, kind, $"DELETE FROM version_snapshots WHERE version_id = {versions[2].Id}; DELETE FROM versions WHERE id = {versions[2].Id}");
        var problem = Assert.Single((await pipeline.Store.VerifyAsync([document])).Problems);
        Assert.Contains("no longer in the archive", problem, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Verify_detects_altered_snapshot_bytes(string kind)
    {
        var (pipeline, document) = await StartAsync(kind);
        await using var _ = pipeline;
        var versions = await RecordThreeVersionsAsync(pipeline.Store, document);
        var sha = (await pipeline.Store.GetVersionSnapshotsAsync(versions[0].Id))[0].Sha256;
        await using (var connection = await pipeline.Store.Database.OpenAsync())
        {
            await DropGuardsAsync(connection, kind);
            var other = (await connection.QueryAsync("SELECT data FROM blobs WHERE sha256 <> @sha", r => (byte[])r["data"], [("sha", sha)]))[0];
            await connection.ExecuteAsync("UPDATE blobs SET data = @data WHERE sha256 = @sha", [("data", other), ("sha", sha)]);
        }
        var problem = Assert.Single((await pipeline.Store.VerifyAsync([document])).Problems);
        Assert.Contains("the snapshot was altered", problem, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Catalog_sync_is_idempotent_and_follows_changed_declarations(string kind)
    {
        var (pipeline, document) = await StartAsync(kind);
        await using var _ = pipeline;
        await pipeline.Store.SyncCatalogAsync([Northwind]);
        Assert.Single(await pipeline.Store.GetDocumentsAsync());
        var changed = Northwind with { Documents = [Northwind.Documents[0] with { Select = ["article"] }] };
        await pipeline.Store.SyncCatalogAsync([changed]);
        var updated = Assert.Single(await pipeline.Store.GetDocumentsAsync());
        Assert.Equal(document.Id, updated.Id);
        Assert.Equal(changed.Documents[0].ExtractionHash(), updated.DeclarationHash);
        Assert.NotEqual(document.DeclarationHash, updated.DeclarationHash);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_document_added_by_a_user_is_not_overwritten_by_the_catalog(string kind)
    {
        var (pipeline, _) = await StartAsync(kind);
        await using var __ = pipeline;
        var mine = Northwind with { Documents = [Northwind.Documents[0] with { Urls = ["https://northwind.example/legal/agreement-v2"] }] };
        await pipeline.Store.AddPlatformAsync(mine);
        await pipeline.Store.SyncCatalogAsync([Northwind]);
        var document = Assert.Single(await pipeline.Store.GetDocumentsAsync());
        Assert.Contains("agreement-v2", document.DeclarationJson, StringComparison.Ordinal);
        Assert.Equal("northwind-cloud", (await pipeline.Store.FindPlatformAsync("Northwind Cloud"))!.Slug);
        Assert.NotNull(await pipeline.Store.FindDocumentAsync(document.PlatformId, "Customer Agreement"));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_document_is_failing_since_its_first_failure_after_a_success(string kind)
    {
        var (pipeline, document) = await StartAsync(kind);
        await using var _ = pipeline;
        var t0 = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        NewCheck Check(string outcome, DateTimeOffset at) => new(document.Id, at, at, "scheduled", outcome, outcome == "failed" ? "bot-wall" : null, null, 200, "http", "1", "h", [], null);
        await pipeline.Store.RecordCheckAsync(Check(CheckOutcomes.Failed, t0));
        await pipeline.Store.RecordCheckAsync(Check(CheckOutcomes.Unchanged, t0.AddHours(6)));
        await pipeline.Store.RecordCheckAsync(Check(CheckOutcomes.Failed, t0.AddHours(12)));
        await pipeline.Store.RecordCheckAsync(Check(CheckOutcomes.Failed, t0.AddHours(18)));
        var state = Assert.Single(await pipeline.Store.GetDocumentStatesAsync());
        Assert.Equal(t0.AddHours(12), state.FailingSince);
        Assert.Equal("bot-wall", state.LastCheck!.Reason);
        Assert.Equal(4, (await pipeline.Store.GetChecksAsync(document.Id)).Count);
    }

    /// <summary>What someone with write access to the database could do: drop the guards and edit rows.</summary>
    private static async Task TamperAsync(Pipeline pipeline, string kind, string sql)
    {
        await using var connection = await pipeline.Store.Database.OpenAsync();
        await DropGuardsAsync(connection, kind);
        await connection.ExecuteAsync(sql);
    }

    private static async Task DropGuardsAsync(DbConnection connection, string kind)
    {
        if (kind == "sqlite")
        {
            foreach (var table in new[] { "blobs", "checks", "snapshots", "versions", "version_snapshots" })
                await connection.ExecuteAsync($"DROP TRIGGER {table}_append_only_update; DROP TRIGGER {table}_append_only_delete;");
        }
        else
        {
            foreach (var table in new[] { "blobs", "checks", "snapshots", "versions", "version_snapshots" })
                await connection.ExecuteAsync($"DROP TRIGGER {table}_append_only ON {table}");
        }
    }
}
