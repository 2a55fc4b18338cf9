using Microsoft.AspNetCore.Http.HttpResults;

namespace PartnershipHub.Identity.Features.Passwordless;

/// <summary>
/// The pages' passkey script, embedded in the assembly and served from this origin: the sign-in pages' content
/// security policy (<c>default-src 'self'</c>) allows scripts from here and no inline ones, so it needs no change.
/// </summary>
internal static class PasskeyScript
{
    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = typeof(PasskeyScript).Assembly.GetManifestResourceStream("passkeys.js")
            ?? throw new InvalidOperationException("The passkey script is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static ContentHttpResult Serve() => TypedResults.Content(Source.Value, "text/javascript; charset=utf-8");
}
