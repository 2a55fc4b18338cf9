using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;

namespace PartnershipHub.Identity.Tests.Infrastructure;

/// <summary>The Identity service on its own test database and virtual host, mail to a temporary pickup folder.</summary>
public class IdentityFixture() : ServiceFixture<Program, IdentityDbContext>(ResourceNames.IdentityDb, "identity-api")
{
    public const string ServicesSecret = "test-services-secret";

    /// <summary>Where mailed links point: deliberately not the address the test client calls the service under.</summary>
    public static readonly Uri PublicUrl = new("https://identity.partnershiphub.test/");

    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), "ph-identity-mail", Guid.NewGuid().ToString("N"));

    protected override void Configure(Dictionary<string, string?> settings)
    {
        // The host seeds clients and roles at start-up, so it has to migrate before that.
        settings["Database:MigrateOnStartup"] = "true";
        settings["Mail:PickupDirectory"] = MailDirectory;
        settings["Identity:Clients:ServicesSecret"] = ServicesSecret;
        settings["Identity:PublicUrl"] = PublicUrl.ToString();
        settings["RateLimiting:SignIn:PermitLimit"] = "10000";
        settings["RateLimiting:Token:PermitLimit"] = "10000";
        settings["Messaging:PollInterval"] = "00:00:00.200";
        settings["Mail:PollInterval"] = "00:00:00.100";
    }

    public OidcClient Oidc() => new(this);
}
