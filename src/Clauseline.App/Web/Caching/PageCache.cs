namespace Clauseline.App.Web.Caching;

/// <summary>The caches of the public site: the output cache's base policy for anonymous pages (feeds have their own), and the provision page memo.</summary>
public static class PageCache
{
    public static IServiceCollection AddPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new PageCacheOptions();
        configuration.GetSection(PageCacheOptions.Section).Bind(options);
        services.AddSingleton(options);
        services.AddSingleton<ProvisionPageMemo>();
        services.AddOutputCache(cache =>
        {
            if (options.Enabled)
                cache.AddBasePolicy(new PublicPagePolicy(TimeSpan.FromSeconds(Math.Max(1, options.Seconds))));
        });
        return services;
    }
}
