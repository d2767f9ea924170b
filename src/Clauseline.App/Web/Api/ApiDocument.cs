using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Clauseline.App.Web.Api;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>: the API's operations only (pages and feeds are not in it), its
/// title, and the two ways to send an API key, required by every operation.
/// </summary>
internal static class ApiDocument
{
    public const string Bearer = "bearer";
    public const string Header = "api-key-header";

    public static void Configure(OpenApiOptions options)
    {
        options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Clauseline API",
                Version = "v1",
                Description = "The archive of platforms' legal documents, their changes and analysis, and the calling organisation's subscriptions and deliveries. "
                    + "Lists are paginated with ?limit= and ?cursor= (follow the next link); errors are problem details (RFC 9457).",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
            {
                [Bearer] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "cl_<prefix>_<secret>",
                    Description = "An organisation's API key, created on its API keys page: Authorization: Bearer cl_…",
                },
                [Header] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Header,
                    Name = "X-Api-Key",
                    Description = "The same key in the X-Api-Key header.",
                },
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<PaginatedAttribute>().Any())
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = "limit",
                    In = ParameterLocation.Query,
                    Description = "How many items the page holds: 1 to the maximum (200 unless configured), 50 when left out.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" },
                });
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = "cursor",
                    In = ParameterLocation.Query,
                    Description = "Where the page starts: copy it from the next link of the previous page.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
            }
            // Either scheme is enough: two requirement objects mean "one or the other".
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Header, context.Document)] = [] },
            ];
            return Task.CompletedTask;
        });
    }
}
