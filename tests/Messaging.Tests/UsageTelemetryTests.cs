using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PartnershipHub.Messaging;
using PartnershipHub.Testing.Ledger;
using Xunit;

namespace PartnershipHub.Messaging.Tests;

public sealed class UsageTelemetryTests
{
    [Fact]
    public void A_service_bus_never_reports_usage_to_MassTransit()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:ledger"] = "Host=127.0.0.1;Database=unused",
            [$"ConnectionStrings:{MessagingExtensions.BrokerConnectionName}"] = "amqp://guest:guest@127.0.0.1:1",
        });
        builder.AddDatabaseAndMessaging<LedgerDbContext>("ledger", "ledger");
        using var services = builder.Services.BuildServiceProvider();

        Assert.False(services.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled);
    }
}
