using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web.Api;

/// <summary>
/// The API's errors as problem details (RFC 9457, <c>application/problem+json</c>): the status, a title that names
/// the kind of problem and a detail that says what to do; the type is the status's section of RFC 9110.
/// </summary>
internal static class ApiProblems
{
    public static ProblemHttpResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "Not found", detail);

    public static ProblemHttpResult BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, "Bad request", detail);

    /// <summary>The organisation's plan does not allow it; the detail is the message the web shows for the same refusal.</summary>
    public static ProblemHttpResult PlanLimit(string detail) => Problem(StatusCodes.Status409Conflict, "Plan limit reached", detail);

    public static ProblemHttpResult Conflict(string detail) => Problem(StatusCodes.Status409Conflict, "Conflict", detail);

    public static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);
}
