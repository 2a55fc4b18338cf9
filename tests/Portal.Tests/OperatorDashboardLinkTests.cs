using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Portal.Components.Pages.Operator;
using PartnershipHub.Portal.Extensions;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>The operator page links to the Aspire dashboard the AppHost names (<c>Dashboard:Url</c>), and only then.</summary>
public sealed class OperatorDashboardLinkTests : PortalTestContext
{
    [Fact]
    public void The_operator_page_links_to_the_configured_dashboard()
    {
        var page = RenderHealth(new PortalSettings { DashboardUrl = "http://127.0.0.1:18888" });

        var link = page.Find("[data-testid=dashboard-link]");
        Assert.Equal("http://127.0.0.1:18888", link.GetAttribute("href"));
        Assert.Contains("Aspire-dashboard openen", link.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_dashboard_address_there_is_no_link()
    {
        var page = RenderHealth(new PortalSettings());

        Assert.Empty(page.FindAll("[data-testid=dashboard-link]"));
    }

    private IRenderedComponent<Health> RenderHealth(PortalSettings settings)
    {
        UseApis(new());
        Services.AddSingleton(settings);
        Services.AddScoped<PartnershipHub.Portal.Api.ServiceHealthProbe>();
        Services.AddScoped<PartnershipHub.Portal.Api.RabbitMqManagementClient>();
        AddAuthorization().SetAuthorized("operator@demo").SetRoles("operator");
        return Render<Health>();
    }
}
