using System.Data.Common;
using Npgsql;

namespace Clauseline.Storage;

/// <summary>The archive on a PostgreSQL server, for teams and several workers.</summary>
public sealed class PostgresDatabase : Database
{
    private readonly string _connectionString;
    private readonly NpgsqlDataSource _dataSource;

    public PostgresDatabase(string connectionString)
    {
        _connectionString = connectionString;
        try
        {
            _dataSource = NpgsqlDataSource.Create(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new DatabaseUnavailableException($"the database setting is not a valid PostgreSQL connection string ({e.Message}); expected Host=…;Username=…;Password=…;Database=…", e);
        }
    }

    public override string Kind => "postgres";

    public override string Description
    {
        get
        {
            var builder = new NpgsqlConnectionStringBuilder(_connectionString);
            return $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
        }
    }

    protected override DbConnection NewConnection() => _dataSource.CreateConnection();

    public override async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await base.DisposeAsync();
    }

    public override Task LockDocumentAsync(DbConnection connection, DbTransaction transaction, long documentId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync("SELECT id FROM documents WHERE id = @document FOR UPDATE", [("document", documentId)], transaction, cancellationToken);

    protected override Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        connection.ExecuteAsync("SELECT pg_advisory_xact_lock(7311842)", transaction: transaction, cancellationToken: cancellationToken);
}
