using System.Data.Common;

namespace Clauseline.Storage;

/// <summary>
/// The archive's one store contract, on SQLite or PostgreSQL. Each aggregate's SQL is in its own file
/// (Store.Platforms.cs, Store.Checks.cs, Store.Versions.cs, …); every multi-row write is one transaction,
/// and snapshots, versions and checks are only ever appended.
/// </summary>
public sealed partial class Store(Database database, TimeProvider time)
{
    public Database Database { get; } = database;

    public TimeProvider Time { get; } = time;

    private Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => Database.OpenAsync(cancellationToken);

    private DateTimeOffset Now() => Archive.Hashing.Truncate(Time.GetUtcNow());
}
