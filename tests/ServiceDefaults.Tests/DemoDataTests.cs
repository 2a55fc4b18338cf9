using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Xunit;

namespace PartnershipHub.ServiceDefaults.Tests;

public sealed class DemoDataTests
{
    [Theory]
    [InlineData("Development", "true", true)]
    [InlineData("Development", null, false)]
    [InlineData("Production", "true", false)]
    [InlineData("Staging", "true", false)]
    [InlineData("Testing", "true", false)]
    public void Demo_data_only_when_asked_for_in_Development(string environment, string? setting, bool expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DemoData.SettingKey] = setting })
            .Build();

        Assert.Equal(expected, DemoData.IsRequested(configuration, new HostingEnvironment { EnvironmentName = environment }));
    }
}
