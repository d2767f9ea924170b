using Microsoft.AspNetCore.Routing.Patterns;

namespace Clauseline.Tests.Api;

/// <summary>One route of the running app: its HTTP method and its template as OpenAPI writes it (<c>/api/v1/versions/{id}</c>, constraints left out).</summary>
public sealed record AppRoute(string Method, string Template, Endpoint Endpoint)
{
    public override string ToString() => $"{Method} {Template}";
}

/// <summary>
/// Every route the running app maps, read from its <see cref="EndpointDataSource"/>, so tests that must cover every
/// route (documentation, tenant isolation) see a new one the moment it is mapped.
/// </summary>
public static class AppRoutes
{
    public static IReadOnlyList<AppRoute> All(IServiceProvider services)
    {
        var source = (EndpointDataSource)services.GetService(typeof(EndpointDataSource))!;
        return [.. source.Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => new AppRoute(m, Template(e.RoutePattern), e)))
            .Distinct()
            .OrderBy(r => r.Template, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)];
    }

    /// <summary>The routes under a prefix (<c>/api/v1</c>, <c>/app</c>).</summary>
    public static IReadOnlyList<AppRoute> Under(IServiceProvider services, string prefix) =>
        [.. All(services).Where(r => r.Template == prefix || r.Template.StartsWith(prefix + "/", StringComparison.Ordinal))];

    private static string Template(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => parameter.IsCatchAll ? $"{{**{parameter.Name}}}" : $"{{{parameter.Name}}}",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        }))));
}
