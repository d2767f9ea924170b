namespace Clauseline.App.Web;

/// <summary>
/// <c>GET /ping</c>: a constant "ok" that reads no data. It is the trivial endpoint the HTTP benchmark measures the
/// pages against (the same server, middleware and connection handling, and nothing else), and a liveness probe that
/// does not touch the database, unlike <c>/health</c>.
/// </summary>
public static class PingEndpoint
{
    public static void MapPing(this WebApplication app) =>
        app.MapGet("/ping", () => Results.Text("ok", "text/plain; charset=utf-8"));
}
