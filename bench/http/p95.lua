-- wrk prints only fixed percentiles; this prints the ones the HTTP benchmark reports, on one line run.sh reads.
-- Latencies are in microseconds, duration in microseconds.
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT rps=%.2f p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f requests=%d errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50.0) / 1000, latency:percentile(95.0) / 1000, latency:percentile(99.0) / 1000,
    summary.requests, errors, summary.errors.status))
end
