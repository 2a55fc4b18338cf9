namespace PartnershipHub.Insights.Tests.Dashboard;

/// <summary>The service as a demo runs it (Development, <c>Seed:Demo=true</c>, migrating at start-up), so the demo history seeds itself.</summary>
public sealed class DemoHistoryFixture : InsightsApiFixture
{
    protected override string EnvironmentName => "Development";

    protected override void Configure(Dictionary<string, string?> settings)
    {
        base.Configure(settings);
        settings["Seed:Demo"] = "true";
        settings["Database:MigrateOnStartup"] = "true";
    }
}
