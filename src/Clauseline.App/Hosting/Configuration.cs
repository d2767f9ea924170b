namespace Clauseline.App.Hosting;

/// <summary>Configuration from <c>appsettings.json</c> beside the executable and <c>CLAUSELINE_</c> environment variables (<c>CLAUSELINE_Fetch__ContactUrl</c>).</summary>
public static class Configuration
{
    public static IConfigurationRoot Build() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables("CLAUSELINE_")
        .Build();
}
