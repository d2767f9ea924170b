namespace Clauseline.App.Web.Api;

/// <summary>Marks a list endpoint that reads <c>?limit=</c> and <c>?cursor=</c>, for the OpenAPI document.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PaginatedAttribute : Attribute;
