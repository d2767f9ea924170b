using Clauseline.App.Web.Pages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web;

/// <summary>The pages of a request that cannot be answered: something that does not exist (404) or a request that asks for something impossible (400).</summary>
internal static class ErrorPages
{
    public static RazorComponentResult<NotFoundPage> NotFound(string message) =>
        new(new { Message = message }) { StatusCode = StatusCodes.Status404NotFound };

    public static RazorComponentResult<BadRequestPage> BadRequest(string message) =>
        new(new { Message = message }) { StatusCode = StatusCodes.Status400BadRequest };
}
