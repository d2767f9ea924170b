using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

[assembly: AssemblyFixture(typeof(Clauseline.Tests.Infrastructure.PostgresServer))]

namespace Clauseline.Tests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL server for the whole test run, started on first use: initdb into a temporary
/// folder, pg_ctl on a free loopback port, as the <c>postgres</c> user when the tests run as root, stopped
/// and deleted at the end. Each test gets a database of its own.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly SemaphoreSlim _start = new(1, 1);
    private string? _folder;
    private string? _pgCtl;
    private string? _adminConnection;
    private string? _failure;
    private int _databases;

    /// <summary>A connection string to a new, empty database; skips (or fails under CI) when PostgreSQL is not installed.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        await EnsureStartedAsync();
        if (_failure is not null)
            Requirements.Missing($"PostgreSQL server ({_failure})");
        var name = $"clauseline_test_{Interlocked.Increment(ref _databases)}_{Environment.ProcessId}";
        await using (var connection = new NpgsqlConnection(_adminConnection))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(_adminConnection) { Database = name }.ToString();
    }

    private async Task EnsureStartedAsync()
    {
        await _start.WaitAsync();
        try
        {
            if (_adminConnection is not null || _failure is not null)
                return;
            var bin = FindBinaries();
            if (bin is null)
            {
                _failure = "initdb and pg_ctl were not found on PATH or in /usr/lib/postgresql/*/bin";
                return;
            }
            _pgCtl = Path.Combine(bin, "pg_ctl");
            _folder = Path.Combine(Path.GetTempPath(), $"clauseline-pg-{Guid.NewGuid():N}");
            Directory.CreateDirectory(_folder);
            if (IsRoot)
                await RunAsync("chown", ["postgres:postgres", _folder]);
            var port = FreePort();
            var data = Path.Combine(_folder, "data");
            await RunAsPostgresAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--no-locale"]);
            await RunAsPostgresAsync(_pgCtl, ["-D", data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "-o",
                $"-p {port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", "start"]);
            _adminConnection = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=20";
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            _failure = e.Message;
        }
        finally
        {
            _start.Release();
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static string? FindBinaries()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
        {
            if (File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
                return dir;
        }
        if (!Directory.Exists("/usr/lib/postgresql"))
            return null;
        return Directory.EnumerateDirectories("/usr/lib/postgresql")
            .Select(v => Path.Combine(v, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb")))
            .OrderByDescending(b => b, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunAsPostgresAsync(string program, IReadOnlyList<string> arguments) =>
        IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments]) : RunAsync(program, arguments);

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {await error}{await output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_adminConnection is not null && _pgCtl is not null && _folder is not null)
        {
            NpgsqlConnection.ClearAllPools();
            try
            {
                await RunAsPostgresAsync(_pgCtl, ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"]);
            }
            catch (InvalidOperationException)
            {
                // The server is gone already; the folder is still removed below.
            }
        }
        if (_folder is not null && Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
        _start.Dispose();
    }
}
