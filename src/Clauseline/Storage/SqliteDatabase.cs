using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Clauseline.Storage;

/// <summary>The archive in one SQLite file: write-ahead log, foreign keys on, waits rather than fails when another writer holds the lock.</summary>
public sealed class SqliteDatabase : Database
{
    private readonly string _connectionString;

    public SqliteDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
            ForeignKeys = true,
        }.ToString();
    }

    public string Path { get; }

    public override string Kind => "sqlite";

    public override string Description => Path;

    protected override DbConnection NewConnection()
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (folder is not null)
            Directory.CreateDirectory(folder);
        return new SqliteConnection(_connectionString);
    }

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = await base.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;", cancellationToken: cancellationToken);
        return connection;
    }

    protected override Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteAsync("PRAGMA journal_mode = WAL;", cancellationToken: cancellationToken);
}
