using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace PartnershipHub.ServiceDefaults;

/// <summary>
/// Whether a service adds its demo data: only when asked for (<c>Seed:Demo=true</c>, which the AppHost sets in
/// Development) <em>and</em> in the Development environment. Demo accounts share a published password, operator and
/// care included, so a stray setting in production must not create them; <c>MapDefaultEndpoints</c> warns about it.
/// </summary>
public static class DemoData
{
    public const string SettingKey = "Seed:Demo";

    public static bool IsAskedFor(IConfiguration configuration) => configuration.GetValue(SettingKey, false);

    public static bool IsRequested(IConfiguration configuration, IHostEnvironment environment) =>
        IsAskedFor(configuration) && environment.IsDevelopment();

    public static bool IsRequested(IHostApplicationBuilder builder) => IsRequested(builder.Configuration, builder.Environment);
}
