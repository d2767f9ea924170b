using System.Globalization;
using Clauseline.App.Feeds;
using Clauseline.App.Web.Pages;
using Clauseline.Search;
using Clauseline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web;

/// <summary>The public site beyond the archive pages: search, the independence statement and the Atom feeds.</summary>
public static class PublicSiteEndpoints
{
    public static IServiceCollection AddPublicSite(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SearchIndex>();
        if (configuration.GetValue("Analysis:WarmOnStart", true))
            services.AddHostedService<SearchWarmup>();
        return services.AddFeeds(configuration);
    }

    public static void MapPublicSite(this WebApplication app)
    {
        app.MapGet("/search", async (string? q, string? page, Store store, SearchIndex search, CancellationToken ct) =>
        {
            if (q is null)
                return Search(q, null, null, [], StatusCodes.Status200OK);
            var (query, problem) = SearchQuery.Parse(q);
            if (query is null)
                return Search(q, null, problem, [], StatusCodes.Status400BadRequest);
            if (!int.TryParse(page ?? "1", NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 500)
                return Search(q, null, $"There is no page '{page}' of results.", [], StatusCodes.Status400BadRequest);
            var results = await search.SearchAsync(query, number, ct);
            return Search(q, results, null, await store.GetDocumentsAsync(cancellationToken: ct), StatusCodes.Status200OK);
        });

        app.MapGet("/independence", () => new RazorComponentResult<IndependencePage>());

        app.MapFeeds();
    }

    private static RazorComponentResult<SearchPage> Search(string? q, SearchResults? results, string? problem, IReadOnlyList<Archive.Document> documents, int status) =>
        new(new { Query = q ?? "", Results = results, Problem = problem, Documents = documents }) { StatusCode = status };
}
