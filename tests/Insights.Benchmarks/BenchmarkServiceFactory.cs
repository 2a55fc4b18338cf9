using Microsoft.AspNetCore.Hosting;
using PartnershipHub.Testing;

namespace PartnershipHub.Insights.Benchmarks;

/// <summary>The test factory, with the content root where a console runner finds it (no solution folder lookup).</summary>
internal sealed class BenchmarkServiceFactory(string databaseName, string audience, string databaseConnectionString, string brokerConnectionString)
    : ServiceFactory<Program>(databaseName, audience, databaseConnectionString, brokerConnectionString)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseContentRoot(AppContext.BaseDirectory);
    }
}
