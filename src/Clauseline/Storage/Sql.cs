using System.Data.Common;

namespace Clauseline.Storage;

/// <summary>Small helpers for hand-written SQL with <c>@name</c> parameters, which both drivers accept.</summary>
public static class Sql
{
    public static DbCommand Command(this DbConnection connection, string sql, IEnumerable<(string Name, object? Value)>? parameters = null, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters ?? [])
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value switch
            {
                null => DBNull.Value,
                DateTimeOffset time => time.ToUniversalTime(),
                _ => value,
            };
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public static async Task<int> ExecuteAsync(this DbConnection connection, string sql, IEnumerable<(string, object?)>? parameters = null, DbTransaction? transaction = null, CancellationToken cancellationToken = default)
    {
        await using var command = connection.Command(sql, parameters, transaction);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<T> ScalarAsync<T>(this DbConnection connection, string sql, IEnumerable<(string, object?)>? parameters = null, DbTransaction? transaction = null, CancellationToken cancellationToken = default)
    {
        await using var command = connection.Command(sql, parameters, transaction);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<List<T>> QueryAsync<T>(this DbConnection connection, string sql, Func<DbDataReader, T> map, IEnumerable<(string, object?)>? parameters = null, DbTransaction? transaction = null, CancellationToken cancellationToken = default)
    {
        await using var command = connection.Command(sql, parameters, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(map(reader));
        return rows;
    }

    public static async Task<T?> QuerySingleAsync<T>(this DbConnection connection, string sql, Func<DbDataReader, T> map, IEnumerable<(string, object?)>? parameters = null, DbTransaction? transaction = null, CancellationToken cancellationToken = default)
        where T : class
    {
        var rows = await connection.QueryAsync(sql, map, parameters, transaction, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public static long Long(this DbDataReader reader, string column) => Convert.ToInt64(reader[column], System.Globalization.CultureInfo.InvariantCulture);

    public static long? LongOrNull(this DbDataReader reader, string column) =>
        reader[column] is DBNull ? null : Convert.ToInt64(reader[column], System.Globalization.CultureInfo.InvariantCulture);

    public static int? IntOrNull(this DbDataReader reader, string column) =>
        reader[column] is DBNull ? null : Convert.ToInt32(reader[column], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A flag: an integer 0/1 on SQLite, a boolean on PostgreSQL.</summary>
    public static bool Bool(this DbDataReader reader, string column) => Convert.ToBoolean(reader[column], System.Globalization.CultureInfo.InvariantCulture);

    public static string Text(this DbDataReader reader, string column) => (string)reader[column];

    public static string? TextOrNull(this DbDataReader reader, string column) => reader[column] as string;

    public static DateTimeOffset Time(this DbDataReader reader, string column) =>
        reader.GetFieldValue<DateTimeOffset>(reader.GetOrdinal(column)).ToUniversalTime();

    public static DateTimeOffset? TimeOrNull(this DbDataReader reader, string column) =>
        reader[column] is DBNull ? null : reader.Time(column);
}
