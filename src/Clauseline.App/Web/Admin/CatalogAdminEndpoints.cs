using Clauseline.Fetching;
using Clauseline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web.Admin;

/// <summary>/admin/catalog: administrators preview what extraction gets from a URL with given selectors, then save the platform and document.</summary>
public static class CatalogAdminEndpoints
{
    public static void MapCatalogAdmin(this WebApplication app, RouteGroupBuilder admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        admin.MapGet("/catalog", (string? saved) => new RazorComponentResult<AdminCatalogPage>(new
        {
            Form = CatalogForm.Empty,
            Notice = saved is null ? null : $"Saved. The document is checked at the next scheduled round, or now with `clauseline check {saved}`.",
        }));

        admin.MapPost("/catalog", async Task<IResult> (IFormCollection form, Store store, DocumentFetcher fetcher, CancellationToken ct) =>
        {
            var input = CatalogForm.Read(form);
            var (platform, problems) = input.Declaration();
            if (platform is null)
                return new RazorComponentResult<AdminCatalogPage>(new { Form = input, Problems = problems }) { StatusCode = StatusCodes.Status400BadRequest };
            if (form["action"] == "save")
            {
                await store.AddPlatformAsync(platform, ct);
                return Results.Redirect($"/admin/catalog?saved={Uri.EscapeDataString(platform.Slug)}");
            }
            var preview = await CatalogPreview.RunAsync(fetcher, platform.Documents[0], ct);
            return new RazorComponentResult<AdminCatalogPage>(new { Form = input, Preview = preview });
        });
    }
}
