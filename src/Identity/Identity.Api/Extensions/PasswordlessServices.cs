using Fido2NetLib;
using PartnershipHub.Identity.Features.Passwordless;
using PartnershipHub.Identity.Security;

namespace PartnershipHub.Identity.Extensions;

public static class PasswordlessServices
{
    /// <summary>Sign-in codes by e-mail and passkeys (WebAuthn through Fido2), for trainers.</summary>
    public static IHostApplicationBuilder AddPasswordless(this IHostApplicationBuilder builder, IdentitySettings identity)
    {
        var passkeys = builder.Configuration.GetSection(PasskeySettings.SectionName).Get<PasskeySettings>() ?? new PasskeySettings();
        var publicUrl = identity.InvitationBaseUri;
        var origins = passkeys.Origins.Count > 0 ? passkeys.Origins : [publicUrl.GetLeftPart(UriPartial.Authority)];
        builder.Services.AddSingleton<IFido2>(new Fido2(new Fido2Configuration
        {
            RPID = passkeys.RelyingPartyId ?? publicUrl.Host,
            RPName = passkeys.RelyingPartyName,
            Origins = new HashSet<string>(origins, StringComparer.OrdinalIgnoreCase),
        }));
        builder.Services.AddScoped<SignInCodes>();
        builder.Services.AddScoped<PasskeyCeremonies>();
        return builder;
    }
}
