using System.Text.Json;
using System.Text.Json.Serialization;
using Clauseline.App.Web.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Clauseline.App.Web.Api;

/// <summary>
/// The JSON API under <c>/api/v1</c>: its services (problem details, the rate limiter, the OpenAPI document, snake_case
/// JSON), its middleware and its endpoints, a group per resource. Every route needs an API key: reading needs the
/// <c>api-read</c> policy, changing the organisation's data <c>api-write</c>.
/// </summary>
public static class ApiSetup
{
    public const string ReadPolicy = ApiKeyAuthentication.ReadPolicy;
    public const string WritePolicy = ApiKeyAuthentication.WritePolicy;

    public static IServiceCollection AddApi(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new ApiOptions();
        configuration.GetSection("Api").Bind(options);
        services.AddSingleton(options);
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            // Numbers are numbers: the web default also reads them from strings, which the OpenAPI schemas would then have to allow.
            json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddRateLimiter(limiter => ApiRateLimits.Configure(limiter, options.RateLimit));
        services.AddOpenApi(ApiDocument.Configure);
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiAuthorizationResults>();
        return services;
    }

    /// <summary>The API's middleware and routes; call after static files and before the pages.</summary>
    public static void UseApi(this WebApplication app)
    {
        // Routing failures (405, a parameter that does not bind) leave an empty body; under /api they become problem details.
        app.UseWhen(context => ApiPaths.IsApi(context.Request), api => api.UseStatusCodePages());
        app.UseRateLimiter();
        app.MapOpenApi(ApiPaths.OpenApiDocument).AllowAnonymous();
        var v1 = app.MapGroup(ApiPaths.V1)
            .RequireAuthorization(ReadPolicy)
            .RequireRateLimiting(ApiRateLimits.Policy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        v1.MapPlatforms();
        v1.MapDocuments();
        v1.MapVersions();
        v1.MapChanges();
        v1.MapProvisions();
        v1.MapCategories();
        v1.MapComparisons();
        v1.MapSubscriptions();
        v1.MapDeliveries();
        // Any other address under /api is a 404 problem, not the site's page.
        app.Map(ApiPaths.Prefix + "/{**rest}", () => ApiProblems.NotFound("The API has no such address; see /openapi/v1.json for the ones it has."))
            .ExcludeFromDescription();
    }
}
