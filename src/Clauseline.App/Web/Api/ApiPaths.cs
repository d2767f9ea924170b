namespace Clauseline.App.Web.Api;

/// <summary>Where the API lives, so the middleware that answers differently for it (problem details, not pages) can tell.</summary>
internal static class ApiPaths
{
    public const string Prefix = "/api";

    public const string V1 = "/api/v1";

    public const string OpenApiDocument = "/openapi/v1.json";

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);
}
