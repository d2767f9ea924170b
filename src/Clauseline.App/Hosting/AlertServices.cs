using Clauseline.Alerts;
using Clauseline.Alerts.Confirming;
using Clauseline.Alerts.Delivering;
using Clauseline.Alerts.Digests;
using Clauseline.Alerts.Following;

namespace Clauseline.App.Hosting;

/// <summary>Registers subscriptions, the confirmer, the sender and the digest for the command line and for <c>serve</c>.</summary>
public static class AlertServices
{
    public static IServiceCollection AddAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new AlertOptions();
        configuration.GetSection("Alerts").Bind(options);
        if (configuration["Site:BaseUrl"] is { Length: > 0 } baseUrl)
            options.BaseUrl = baseUrl;
        services.AddSingleton(options);
        services.AddTransient<Following>();
        services.AddTransient<Confirmer>();
        services.AddTransient<WeeklyDigest>();
        // Webhooks get a client of their own: no retries of its own (the outbox retries), no redirects to follow.
        services.AddHttpClient<DeliverySender>(DeliverySender.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        return services;
    }
}
