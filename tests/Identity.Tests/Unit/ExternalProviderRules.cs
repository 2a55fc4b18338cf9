using Microsoft.Extensions.Configuration;
using PartnershipHub.Identity.Security;
using Xunit;

namespace PartnershipHub.Identity.Tests.Unit;

public sealed class ExternalProviderRules
{
    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void No_provider_configured_means_none()
    {
        Assert.Empty(ExternalProviders.FromConfiguration(Settings()).All);
    }

    [Fact]
    public void A_complete_provider_is_read_with_its_defaults()
    {
        var providers = ExternalProviders.FromConfiguration(Settings(
            ("Identity:ExternalProviders:surfconext:Authority", "https://connect.surfconext.nl"),
            ("Identity:ExternalProviders:surfconext:ClientId", "partnershiphub.school.nl"),
            ("Identity:ExternalProviders:surfconext:DisplayName", "SURFconext")));

        var surf = Assert.Single(providers.All).Value;
        Assert.Equal("email", surf.EmailClaim);
        Assert.True(surf.RequireVerifiedEmail);
        Assert.Equal(["email", "profile"], surf.EffectiveScopes);
    }

    [Fact]
    public void Mistakes_stop_the_start_with_every_setting_named()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ExternalProviders.FromConfiguration(Settings(
            ("Identity:ExternalProviders:Entra ID:Authority", "http://login.example.com/tenant/v2.0"),
            ("Identity:ExternalProviders:Entra ID:NumberClaim", "employeeid"),
            ("Identity:ExternalProviders:Entra ID:NumberKind", "teacher"))));

        Assert.Contains("Identity:ExternalProviders:Entra ID: the name goes into the redirect URI", error.Message);
        Assert.Contains("Identity:ExternalProviders:Entra ID:Authority must be the provider's absolute https URL", error.Message);
        Assert.Contains("Identity:ExternalProviders:Entra ID:ClientId is required", error.Message);
        Assert.Contains("Identity:ExternalProviders:Entra ID:DisplayName is required", error.Message);
        Assert.Contains("Identity:ExternalProviders:Entra ID:NumberKind must be 'employee' or 'student'", error.Message);
    }

    [Fact]
    public void Plain_http_is_accepted_only_on_the_loopback_address()
    {
        var providers = ExternalProviders.FromConfiguration(Settings(
            ("Identity:ExternalProviders:local:Authority", "http://127.0.0.1:5300/"),
            ("Identity:ExternalProviders:local:ClientId", "portal"),
            ("Identity:ExternalProviders:local:DisplayName", "Local")));

        Assert.Single(providers.All);
    }
}
