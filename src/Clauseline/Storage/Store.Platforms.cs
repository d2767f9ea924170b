using System.Data.Common;
using Clauseline.Archive;
using Clauseline.Catalog;

namespace Clauseline.Storage;

public sealed partial class Store
{
    private const string DocumentColumns = """
        d.id, d.platform_id, p.slug AS platform_slug, p.name AS platform_name, d.type_id, t.name AS type_name,
        d.declaration, d.declaration_hash, d.origin
        """;

    private const string DocumentFrom = """
        FROM documents d
        JOIN platforms p ON p.id = d.platform_id
        JOIN document_types t ON t.id = d.type_id
        """;

    /// <summary>Brings the shipped catalog into the database: new platforms and documents are added, changed declarations replace the old ones. Documents added at run time are left alone.</summary>
    public async Task<(int Platforms, int Documents)> SyncCatalogAsync(IEnumerable<PlatformDeclaration> platforms, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (platformCount, documentCount) = (0, 0);
        foreach (var platform in platforms)
        {
            var platformId = await UpsertPlatformAsync(connection, transaction, platform.Slug, platform.Name, platform.Website, "catalog", cancellationToken);
            platformCount++;
            foreach (var document in platform.Documents)
            {
                await UpsertDocumentAsync(connection, transaction, platformId, DocumentTypes.Find(document.Type) ?? DocumentTypes.ResolveOrCreate(document.Type), document, "catalog", cancellationToken);
                documentCount++;
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return (platformCount, documentCount);
    }

    /// <summary>Reads a catalog folder and brings its valid files into the database; the problems of the others are returned, never thrown.</summary>
    public async Task<CatalogLoad> SyncCatalogFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        var catalog = CatalogReader.ReadFolder(folder);
        await SyncCatalogAsync(catalog.Platforms, cancellationToken);
        return catalog;
    }

    /// <summary>Adds or replaces a platform and its documents declared at run time (CLI or web).</summary>
    public async Task AddPlatformAsync(PlatformDeclaration platform, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var platformId = await UpsertPlatformAsync(connection, transaction, platform.Slug, platform.Name, platform.Website, "user", cancellationToken);
        foreach (var document in platform.Documents)
            await UpsertDocumentAsync(connection, transaction, platformId, DocumentTypes.ResolveOrCreate(document.Type), document, "user", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The document of a platform and type, created without a declaration when missing (imports).</summary>
    public async Task<(Document Document, bool CreatedPlatform, bool CreatedDocument)> EnsureImportedDocumentAsync(string platformName, DocumentType type, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var platform = await FindPlatformAsync(connection, transaction, platformName, cancellationToken);
        var createdPlatform = platform is null;
        var platformId = platform?.Id ?? await UpsertPlatformAsync(connection, transaction, Slug.From(platformName), platformName.Trim(), null, "import", cancellationToken);
        await EnsureTypeAsync(connection, transaction, type, cancellationToken);
        var existing = await connection.ScalarAsync<long>(
            "SELECT id FROM documents WHERE platform_id = @platform AND type_id = @type",
            [("platform", platformId), ("type", type.Id)], transaction, cancellationToken);
        var createdDocument = existing == 0;
        if (createdDocument)
        {
            await connection.ExecuteAsync(
                "INSERT INTO documents (platform_id, type_id, origin, created_at) VALUES (@platform, @type, 'import', @now)",
                [("platform", platformId), ("type", type.Id), ("now", Now())], transaction, cancellationToken);
        }
        var document = (await connection.QuerySingleAsync(
            $"SELECT {DocumentColumns} {DocumentFrom} WHERE d.platform_id = @platform AND d.type_id = @type",
            ReadDocument, [("platform", platformId), ("type", type.Id)], transaction, cancellationToken))!;
        await transaction.CommitAsync(cancellationToken);
        return (document, createdPlatform, createdDocument);
    }

    public async Task<IReadOnlyList<Platform>> GetPlatformsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // Sorted here, not in SQL: SQLite and PostgreSQL collate names differently.
        var platforms = await connection.QueryAsync("SELECT id, slug, name, website, origin FROM platforms", ReadPlatform, cancellationToken: cancellationToken);
        return [.. platforms.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Slug, StringComparer.Ordinal)];
    }

    /// <summary>A platform by slug or by name (ignoring case and punctuation), or null.</summary>
    public async Task<Platform?> FindPlatformAsync(string slugOrName, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await FindPlatformAsync(connection, null, slugOrName, cancellationToken);
    }

    public async Task<IReadOnlyList<Document>> GetDocumentsAsync(long? platformId = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var filter = platformId is null ? "" : "WHERE d.platform_id = @platform";
        var documents = await connection.QueryAsync($"SELECT {DocumentColumns} {DocumentFrom} {filter}", ReadDocument, [("platform", platformId)], cancellationToken: cancellationToken);
        return [.. documents
            .OrderBy(d => d.PlatformName, StringComparer.OrdinalIgnoreCase).ThenBy(d => d.PlatformSlug, StringComparer.Ordinal)
            .ThenBy(d => d.TypeName, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<Document?> GetDocumentAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync($"SELECT {DocumentColumns} {DocumentFrom} WHERE d.id = @id", ReadDocument, [("id", id)], cancellationToken: cancellationToken);
    }

    /// <summary>A platform's document by type id, type name or alias, or null.</summary>
    public async Task<Document?> FindDocumentAsync(long platformId, string type, CancellationToken cancellationToken = default)
    {
        var documents = await GetDocumentsAsync(platformId, cancellationToken);
        var resolved = DocumentTypes.Resolve(type)?.Id ?? Slug.From(type);
        return documents.FirstOrDefault(d => d.TypeId == resolved || Slug.From(d.TypeName) == Slug.From(type));
    }

    private static async Task<Platform?> FindPlatformAsync(DbConnection connection, DbTransaction? transaction, string slugOrName, CancellationToken cancellationToken)
    {
        var slug = Slug.From(slugOrName);
        var bySlug = await connection.QuerySingleAsync("SELECT id, slug, name, website, origin FROM platforms WHERE slug = @slug",
            ReadPlatform, [("slug", slug)], transaction, cancellationToken);
        if (bySlug is not null)
            return bySlug;
        // Names are compared in C#, the same way on both databases, whatever their collation and case folding.
        var all = await connection.QueryAsync("SELECT id, slug, name, website, origin FROM platforms", ReadPlatform, transaction: transaction, cancellationToken: cancellationToken);
        return all.FirstOrDefault(p => string.Equals(p.Name.Trim(), slugOrName.Trim(), StringComparison.OrdinalIgnoreCase) || Slug.From(p.Name) == slug);
    }

    private async Task<long> UpsertPlatformAsync(DbConnection connection, DbTransaction transaction, string slug, string name, string? website, string origin, CancellationToken cancellationToken) =>
        await connection.ScalarAsync<long>("""
            INSERT INTO platforms (slug, name, website, origin, created_at) VALUES (@slug, @name, @website, @origin, @now)
            ON CONFLICT (slug) DO UPDATE SET name = excluded.name, website = COALESCE(excluded.website, platforms.website)
            RETURNING id
            """, [("slug", slug), ("name", name), ("website", website), ("origin", origin), ("now", Now())], transaction, cancellationToken);

    private static Task EnsureTypeAsync(DbConnection connection, DbTransaction transaction, DocumentType type, CancellationToken cancellationToken) =>
        connection.ExecuteAsync("INSERT INTO document_types (id, name) VALUES (@id, @name) ON CONFLICT (id) DO NOTHING",
            [("id", type.Id), ("name", type.Name)], transaction, cancellationToken);

    private async Task UpsertDocumentAsync(DbConnection connection, DbTransaction transaction, long platformId, DocumentType type, DocumentDeclaration declaration, string origin, CancellationToken cancellationToken)
    {
        await EnsureTypeAsync(connection, transaction, type, cancellationToken);
        var normalized = declaration with { Type = type.Id };
        await connection.ExecuteAsync("""
            INSERT INTO documents (platform_id, type_id, declaration, declaration_hash, origin, created_at)
            VALUES (@platform, @type, @declaration, @hash, @origin, @now)
            ON CONFLICT (platform_id, type_id) DO UPDATE SET
                declaration = excluded.declaration,
                declaration_hash = excluded.declaration_hash,
                origin = CASE WHEN excluded.origin = 'user' THEN 'user' ELSE documents.origin END
            WHERE documents.origin <> 'user' OR excluded.origin = 'user'
            """,
            [("platform", platformId), ("type", type.Id), ("declaration", normalized.ToJson()), ("hash", normalized.ExtractionHash()), ("origin", origin), ("now", Now())],
            transaction, cancellationToken);
    }

    private static Platform ReadPlatform(DbDataReader r) =>
        new(r.Long("id"), r.Text("slug"), r.Text("name"), r.TextOrNull("website"), r.Text("origin"));

    private static Document ReadDocument(DbDataReader r) => new(
        r.Long("id"), r.Long("platform_id"), r.Text("platform_slug"), r.Text("platform_name"), r.Text("type_id"), r.Text("type_name"),
        r.TextOrNull("declaration"), r.TextOrNull("declaration_hash"), r.Text("origin"));
}
