using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Clauseline.Tests.Infrastructure;

/// <summary>
/// A real SMTP server (the SmtpServer package) on a free port of 127.0.0.1, without TLS or authentication, that keeps
/// every message it receives, parsed by MimeKit. Point the app at it with <see cref="ConfigArgs"/>.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;
    private int _taken;

    private SmtpSink(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>Every message received so far, in order of arrival.</summary>
    public IReadOnlyList<MimeMessage> Messages => [.. _received];

    /// <summary>Configuration arguments for <c>ServedApp.StartAsync</c> that send the app's mail here.</summary>
    public string[] ConfigArgs => ["--Smtp:Host=127.0.0.1", $"--Smtp:Port={Port}", "--Smtp:Security=none"];

    public static Task<SmtpSink> StartAsync()
    {
        // A free port, found by letting the system choose one and releasing it at once.
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return Task.FromResult(new SmtpSink(port));
    }

    /// <summary>The next message not yet returned by this method, waiting up to <paramref name="timeout"/> (5 s by default).</summary>
    public async Task<MimeMessage> NextAsync(TimeSpan? timeout = null)
    {
        if (!await _arrived.WaitAsync(timeout ?? TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken))
            throw new TimeoutException($"no message arrived at the SMTP sink within {timeout ?? TimeSpan.FromSeconds(5)}");
        return _received.ElementAt(Interlocked.Increment(ref _taken) - 1);
    }

    /// <summary>The first message, received or yet to come, addressed to <paramref name="to"/> that matches <paramref name="match"/>.</summary>
    public async Task<MimeMessage> WaitForAsync(string to, Func<MimeMessage, bool>? match = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(5));
        while (true)
        {
            var found = _received.FirstOrDefault(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)) && (match?.Invoke(m) ?? true));
            if (found is not null)
                return found;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"no message to {to} arrived at the SMTP sink; received: {string.Join("; ", _received.Select(m => $"{m.To} '{m.Subject}'"))}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
        _arrived.Dispose();
    }

    private sealed class Store(SmtpSink sink) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            sink._received.Enqueue(message);
            sink._arrived.Release();
            return SmtpResponse.Ok;
        }
    }
}
