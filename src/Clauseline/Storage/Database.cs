using System.Data.Common;

namespace Clauseline.Storage;

/// <summary>
/// Where the archive lives: SQLite (one file, the default) or PostgreSQL. The two differ only in
/// how connections are made and in the migration files; queries are shared where the SQL is the same.
/// </summary>
public abstract class Database : IAsyncDisposable
{
    /// <summary><c>sqlite</c> or <c>postgres</c>: the folder of migration files and the name of the dialect.</summary>
    public abstract string Kind { get; }

    /// <summary>Where the data is, for start-up messages; never includes a password.</summary>
    public abstract string Description { get; }

    protected abstract DbConnection NewConnection();

    /// <summary>Opens a connection, with the session settings the dialect needs.</summary>
    public virtual async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        DbConnection? connection = null;
        try
        {
            connection = NewConnection();
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or System.Net.Sockets.SocketException or IOException or UnauthorizedAccessException)
        {
            if (connection is not null)
                await connection.DisposeAsync();
            throw new DatabaseUnavailableException($"cannot open the {Kind} database at {Description}: {e.Message}", e);
        }
    }

    /// <summary>Applies the migration files not yet applied, in order, each in its own transaction.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await PrepareAsync(connection, cancellationToken);
        await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TEXT NOT NULL)", cancellationToken: cancellationToken);
        foreach (var (version, sql) in Migrations.For(Kind))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await LockForMigrationAsync(connection, transaction, cancellationToken);
            var applied = await connection.ScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations WHERE version = @version", [("version", version)], transaction, cancellationToken);
            if (applied == 0)
            {
                await connection.ExecuteAsync(sql, transaction: transaction, cancellationToken: cancellationToken);
                await connection.ExecuteAsync(
                    "INSERT INTO schema_migrations (version, applied_at) VALUES (@version, @at)",
                    [("version", version), ("at", DateTimeOffset.UtcNow.ToString("O"))], transaction, cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>Settings applied once, before migrating (SQLite's write-ahead log).</summary>
    protected virtual Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Serialises writers of one document's history within a transaction (SQLite's write transactions already are).</summary>
    public virtual Task LockDocumentAsync(DbConnection connection, DbTransaction transaction, long documentId, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Keeps two processes from migrating at once.</summary>
    protected virtual Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>PostgreSQL when a connection string is given (<c>--database</c>, <c>CLAUSELINE_DATABASE</c>), otherwise a SQLite file in the data folder.</summary>
    public static Database Open(string? connectionString, string dataFolder) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? new SqliteDatabase(Path.Combine(dataFolder, "clauseline.db"))
            : new PostgresDatabase(connectionString);
}
