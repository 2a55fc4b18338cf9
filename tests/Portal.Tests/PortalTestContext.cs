using System.Globalization;
using System.Net;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Auth;
using PartnershipHub.Portal.Insights;
using PartnershipHub.Portal.Notifications;
using PartnershipHub.Portal.StaffAdministration;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>A bUnit context with what the portal's components need: MudBlazor, the real resource texts (Dutch), loose JS.</summary>
public abstract class PortalTestContext : BunitContext, IAsyncLifetime
{
    protected PortalTestContext()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("nl-NL");
        JSInterop.Mode = JSRuntimeMode.Loose;
        // CI builds and runs other test projects beside this one on 2 cores: a render can take longer than bUnit's 1 s default.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddScoped<ProblemSentences>();
    }

    /// <summary>
    /// The portal's API clients as the pages get them, answering from <paramref name="answers"/> ("METHOD path" →
    /// status and JSON); the returned stub remembers each call and body.
    /// </summary>
    protected StubHttpClientFactory UseApis(Dictionary<string, (HttpStatusCode Status, string Json)> answers)
    {
        var stub = new StubHttpClientFactory(answers);
        Services.AddSingleton<IHttpClientFactory>(stub);
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(provider => new TokenEndpointClient(stub, "http://identity", TimeProvider.System));
        Services.AddScoped<UserTokens>();
        Services.AddScoped<StudentsApi>();
        Services.AddScoped<CompaniesApi>();
        Services.AddScoped<InternshipsApi>();
        Services.AddScoped<GuidanceApi>();
        Services.AddScoped<NotificationsApi>();
        Services.AddScoped<InsightsApi>();
        Services.AddScoped<SurveyFields>();
        Services.AddScoped<UnreadNotifications>();
        Services.AddScoped<NotificationFields>();
        Services.AddScoped<StaffDirectory>();
        Services.AddScoped<IdentityAdminApi>();
        Services.AddScoped<StaffAccountFields>();
        Services.AddScoped<StaffImportSentences>();
        return stub;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services are only asynchronously disposable.
    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}
