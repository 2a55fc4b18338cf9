using System.Text.Json;
using Fido2NetLib;

namespace PartnershipHub.Identity.Features.Passwordless;

/// <summary>
/// Reads the browser's JSON for the passkey endpoints by hand, so a malformed body is a 400 naming the field, not
/// the framework's bare 400 or a 500.
/// </summary>
internal static class PasskeyRequests
{
    public sealed record Registration(string Name, AuthenticatorAttestationRawResponse Credential);

    public sealed record SignIn(string? ReturnUrl, AuthenticatorAssertionRawResponse Credential);

    public static async Task<(Registration? Request, Dictionary<string, string[]> Errors)> ReadRegistrationAsync(HttpRequest request)
    {
        var (body, errors) = await ReadAsync(request);
        if (body is null)
        {
            return (null, errors);
        }

        var name = body.Value.TryGetProperty("name", out var nameElement) && nameElement.ValueKind == JsonValueKind.String
            ? nameElement.GetString()!.Trim()
            : "";
        if (name.Length == 0)
        {
            name = "Passkey";
        }
        else if (name.Length > Domain.PasskeyCredential.MaxNameLength || name.Any(char.IsControl))
        {
            errors["name"] = [$"Gebruik een naam van hoogstens {Domain.PasskeyCredential.MaxNameLength} tekens. / Use a name of at most {Domain.PasskeyCredential.MaxNameLength} characters."];
        }

        var credential = Credential<AuthenticatorAttestationRawResponse>(body.Value, errors);
        return errors.Count == 0 ? (new Registration(name, credential!), errors) : (null, errors);
    }

    public static async Task<(SignIn? Request, Dictionary<string, string[]> Errors)> ReadSignInAsync(HttpRequest request)
    {
        var (body, errors) = await ReadAsync(request);
        if (body is null)
        {
            return (null, errors);
        }

        var returnUrl = body.Value.TryGetProperty("returnUrl", out var url) && url.ValueKind == JsonValueKind.String ? url.GetString() : null;
        var credential = Credential<AuthenticatorAssertionRawResponse>(body.Value, errors);
        return errors.Count == 0 ? (new SignIn(returnUrl, credential!), errors) : (null, errors);
    }

    private static async Task<(JsonElement? Body, Dictionary<string, string[]> Errors)> ReadAsync(HttpRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return (document.RootElement.Clone(), errors);
            }
        }
        catch (JsonException)
        {
        }

        errors["body"] = ["Send a JSON object."];
        return (null, errors);
    }

    private static T? Credential<T>(JsonElement body, Dictionary<string, string[]> errors) where T : class
    {
        const string message = "The credential is missing or is not a WebAuthn credential in JSON form.";
        if (!body.TryGetProperty("credential", out var element) || element.ValueKind != JsonValueKind.Object)
        {
            errors["credential"] = [message];
            return null;
        }

        try
        {
            var credential = element.Deserialize<T>();
            if (credential is null)
            {
                errors["credential"] = [message];
            }

            return credential;
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException or FormatException)
        {
            errors["credential"] = [message];
            return null;
        }
    }
}
