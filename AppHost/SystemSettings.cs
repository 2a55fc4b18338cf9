using Microsoft.Extensions.Configuration;
using PartnershipHub.AppHost.Infrastructure;

namespace PartnershipHub.AppHost;

/// <summary>
/// The <c>PartnershipHub</c> section of the AppHost's configuration (appsettings.json, environment
/// <c>PartnershipHub__…</c> or <c>--PartnershipHub:…=</c> arguments): everything an operator may change about how
/// the system runs on this machine. Relative folders are relative to the AppHost project folder.
/// </summary>
internal sealed class SystemSettings
{
    public const string SectionName = "PartnershipHub";

    /// <summary>Where PostgreSQL and RabbitMQ come from: containers, processes from the distribution's packages, or auto.</summary>
    public InfrastructureMode Infrastructure { get; set; } = InfrastructureMode.Auto;

    /// <summary>Demo accounts and data; asked for in Development only (appsettings.Development.json).</summary>
    public bool DemoData { get; set; }

    /// <summary>Copies of every API (1 on a laptop; 2 shows that dispatchers, matching and seeding are safe side by side).</summary>
    public int Replicas { get; set; } = 1;

    public string DataDirectory { get; set; } = "../.local/apphost";

    public string MailPickupDirectory { get; set; } = "../.local/mail";

    /// <summary>Each resource's console output as a file (<c>&lt;resource&gt;.log</c>); empty turns it off.</summary>
    public string LogDirectory { get; set; } = "../.local/logs";

    public string PostgresBinDirectory { get; set; } = "/usr/lib/postgresql/15/bin";

    public string RabbitMQBinDirectory { get; set; } = "/usr/lib/rabbitmq/bin";

    public SystemPorts Ports { get; set; } = new();

    public static SystemSettings From(IDistributedApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(SectionName).Get<SystemSettings>() ?? new SystemSettings();
        settings.DataDirectory = Path.GetFullPath(settings.DataDirectory, builder.AppHostDirectory);
        settings.MailPickupDirectory = Path.GetFullPath(settings.MailPickupDirectory, builder.AppHostDirectory);
        if (!string.IsNullOrEmpty(settings.LogDirectory))
        {
            settings.LogDirectory = Path.GetFullPath(settings.LogDirectory, builder.AppHostDirectory);
        }

        if (settings.Replicas < 1)
        {
            throw new DistributedApplicationException($"{SectionName}:Replicas must be 1 or more (it is {settings.Replicas}).");
        }

        return settings;
    }
}
