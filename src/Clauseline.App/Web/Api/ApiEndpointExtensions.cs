namespace Clauseline.App.Web.Api;

/// <summary>What the OpenAPI document says of every paginated list: its <c>limit</c> and <c>cursor</c> parameters and the 400 a bad one gets.</summary>
internal static class ApiEndpointExtensions
{
    public static RouteHandlerBuilder WithPagination(this RouteHandlerBuilder endpoint) => endpoint
        .WithMetadata(new PaginatedAttribute())
        .ProducesProblem(StatusCodes.Status400BadRequest);
}
