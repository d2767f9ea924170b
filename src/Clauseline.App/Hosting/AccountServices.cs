using Clauseline.Accounts;
using Clauseline.Mail;

namespace Clauseline.App.Hosting;

/// <summary>Registers what accounts need in both the command line and <c>serve</c>: the plans' limits and the mailer.</summary>
public static class AccountServices
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, AppSettings settings, IConfiguration configuration)
    {
        var plans = new PlanOptions();
        configuration.GetSection("Plans").Bind(plans);
        services.AddSingleton(plans);
        var smtp = new SmtpOptions();
        configuration.GetSection("Smtp").Bind(smtp);
        // Without a server, mail lands beside the database, where the start-up log says it is.
        smtp.PickupFolder = string.IsNullOrWhiteSpace(smtp.PickupFolder) ? Path.Combine(settings.DataFolder, "mail") : Path.GetFullPath(smtp.PickupFolder);
        services.AddSingleton(smtp);
        services.AddSingleton<Mailer>();
        return services;
    }
}
