using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Identity.Tests.Infrastructure.Federation;

/// <summary>
/// Identity with three registrations at one test provider of its own (reached over real HTTP on 127.0.0.1) and one
/// provider that is down: <c>school</c> links staff by verified e-mail or employee number, <c>trusted</c> trusts
/// e-mail addresses without <c>email_verified</c>, <c>students</c> links by student number, <c>offline</c> is unreachable.
/// </summary>
public sealed class FederationFixture : IdentityFixture, IAsyncLifetime
{
    public const string School = "school";
    public const string Trusted = "trusted";
    public const string Students = "students";
    public const string Offline = "offline";

    private TestIdentityProvider? _provider;

    public TestIdentityProvider Provider => _provider ?? throw new InvalidOperationException("The provider has not started.");

    public CapturedLog Log { get; private set; } = null!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        // The provider's address goes into Identity's settings, so it starts first.
        _provider = await TestIdentityProvider.StartAsync(
            new[] { School, Trusted, Students }.Select(name => new Uri(OidcClient.BaseAddress, $"account/external/{name}/callback")));
        await InitializeAsync();
        Log = CapturedLog.AttachTo(Factory.Services);
    }

    protected override void Configure(Dictionary<string, string?> settings)
    {
        base.Configure(settings);
        Register(settings, School, Provider.Authority, "Testschool");
        settings[$"Identity:ExternalProviders:{School}:NumberClaim"] = TestIdentityProvider.EmployeeNumberClaim;
        settings[$"Identity:ExternalProviders:{School}:NumberKind"] = "employee";

        Register(settings, Trusted, Provider.Authority, "Vertrouwde school");
        settings[$"Identity:ExternalProviders:{Trusted}:RequireVerifiedEmail"] = "false";

        Register(settings, Students, Provider.Authority, "Studentenlogin");
        settings[$"Identity:ExternalProviders:{Students}:NumberClaim"] = TestIdentityProvider.StudentNumberClaim;
        settings[$"Identity:ExternalProviders:{Students}:NumberKind"] = "student";

        Register(settings, Offline, TestIdentityProvider.Unreachable(), "Offline school");
    }

    private static void Register(Dictionary<string, string?> settings, string name, Uri authority, string displayName)
    {
        settings[$"Identity:ExternalProviders:{name}:Authority"] = authority.ToString();
        settings[$"Identity:ExternalProviders:{name}:ClientId"] = TestIdentityProvider.ClientId;
        settings[$"Identity:ExternalProviders:{name}:ClientSecret"] = TestIdentityProvider.ClientSecret;
        settings[$"Identity:ExternalProviders:{name}:DisplayName"] = displayName;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
    }
}
