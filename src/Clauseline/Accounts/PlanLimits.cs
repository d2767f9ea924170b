namespace Clauseline.Accounts;

/// <summary>
/// What one plan allows. The limits are configuration (<c>Plans:Monitor:MaxPlatforms</c> in appsettings.json or
/// <c>CLAUSELINE_Plans__Monitor__MaxPlatforms</c>), and the web, the API and the command line all ask
/// <see cref="PlanOptions"/> rather than compare plan names.
/// </summary>
public sealed class PlanLimits
{
    /// <summary>How many platforms the organisation may follow.</summary>
    public int MaxPlatforms { get; set; }

    /// <summary>Alerts the same day a change is confirmed; without them, the weekly digest only.</summary>
    public bool SameDayAlerts { get; set; }

    /// <summary>Webhook and Slack channels, besides email.</summary>
    public bool Webhooks { get; set; }

    /// <summary>Following single provisions, and categories across platforms.</summary>
    public bool ProvisionMonitoring { get; set; }

    /// <summary>The five-part compliance analysis and regulatory mapping; others see its first part.</summary>
    public bool FullAnalysis { get; set; }

    /// <summary>Governance timelines of a platform's provisions and categories.</summary>
    public bool Timelines { get; set; }

    /// <summary>Audit-ready reports (HTML, JSON, CSV) of the provisions in force on a date.</summary>
    public bool Reports { get; set; }

    /// <summary>How many API keys the organisation may hold at once.</summary>
    public int MaxApiKeys { get; set; }

    /// <summary>How many delivery channels (email addresses and webhooks) the organisation may have.</summary>
    public int MaxChannels { get; set; }
}
