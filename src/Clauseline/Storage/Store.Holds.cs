using System.Collections.Concurrent;
using System.Data.Common;

namespace Clauseline.Storage;

public sealed partial class Store
{
    private readonly ConcurrentDictionary<long, SemaphoreSlim> _held = new();

    /// <summary>
    /// Holds a document for the length of one check, so that it is never checked twice at once: in this
    /// process always, and on PostgreSQL across every process that shares the database (a session advisory
    /// lock). Returns null when another check holds it.
    /// </summary>
    public async Task<IAsyncDisposable?> TryHoldDocumentAsync(long documentId, CancellationToken cancellationToken = default)
    {
        var local = _held.GetOrAdd(documentId, _ => new SemaphoreSlim(1, 1));
        if (!await local.WaitAsync(0, cancellationToken))
            return null;
        if (Database is not PostgresDatabase)
            return new Hold(local, null);
        DbConnection? connection = null;
        try
        {
            connection = await OpenAsync(cancellationToken);
            var locked = await connection.ScalarAsync<bool>("SELECT pg_try_advisory_lock(7311843, @id)", [("id", (int)documentId)], cancellationToken: cancellationToken);
            if (locked)
                return new Hold(local, connection);
            await connection.DisposeAsync();
            local.Release();
            return null;
        }
        catch
        {
            if (connection is not null)
                await connection.DisposeAsync();
            local.Release();
            throw;
        }
    }

    private sealed class Hold(SemaphoreSlim local, DbConnection? connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (connection is not null)
            {
                // Closing the session releases its advisory locks, even when the unlock itself fails.
                try
                {
                    await connection.ExecuteAsync("SELECT pg_advisory_unlock_all()");
                }
                finally
                {
                    await connection.DisposeAsync();
                }
            }
            local.Release();
        }
    }
}
