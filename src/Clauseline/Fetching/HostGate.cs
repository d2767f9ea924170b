using System.Collections.Concurrent;

namespace Clauseline.Fetching;

/// <summary>
/// Politeness per host: at most one request at a time to a host, and at least a minimum delay between
/// the end of one request and the start of the next.
/// </summary>
public sealed class HostGate(TimeSpan minDelay, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, HostSlot> _slots = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> EnterAsync(Uri url, CancellationToken cancellationToken)
    {
        var slot = _slots.GetOrAdd(url.Authority, _ => new HostSlot());
        await slot.Lock.WaitAsync(cancellationToken);
        try
        {
            var wait = slot.LastRelease + minDelay - time.GetUtcNow();
            if (slot.LastRelease != default && wait > TimeSpan.Zero)
                await Task.Delay(wait, time, cancellationToken);
        }
        catch
        {
            slot.Lock.Release();
            throw;
        }
        return new Lease(slot, time);
    }

    private sealed class HostSlot
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);
        public DateTimeOffset LastRelease { get; set; }
    }

    private sealed class Lease(HostSlot slot, TimeProvider time) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 1)
                return;
            slot.LastRelease = time.GetUtcNow();
            slot.Lock.Release();
        }
    }
}
