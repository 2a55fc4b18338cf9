using System.Buffers.Binary;
using System.Formats.Cbor;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnershipHub.Identity.Tests.Infrastructure;

/// <summary>
/// A passkey authenticator in software, answering WebAuthn options the way a phone would: an ECDSA P-256 key, a
/// discoverable credential, attestation format "none", and a signature counter the test can set.
/// </summary>
public sealed class SoftwareAuthenticator(byte[]? credentialId = null) : IDisposable
{
    private const byte UserPresent = 0x01;
    private const byte UserVerified = 0x04;
    private const byte AttestedCredentialData = 0x40;

    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public byte[] CredentialId { get; } = credentialId ?? RandomNumberGenerator.GetBytes(32);

    /// <summary>The user handle stored at registration; sign-in answers with it, as a discoverable credential does.</summary>
    public byte[] UserHandle { get; set; } = [];

    public uint SignCount { get; set; }

    /// <summary>Answers <c>navigator.credentials.create</c> for the server's options (the JSON it sent).</summary>
    public JsonObject Create(string optionsJson, string origin)
    {
        var options = JsonNode.Parse(optionsJson)!;
        var rpId = options["rp"]!["id"]!.GetValue<string>();
        UserHandle = Base64UrlDecode(options["user"]!["id"]!.GetValue<string>());
        var clientData = ClientData("webauthn.create", options["challenge"]!.GetValue<string>(), origin);

        var authenticatorData = AuthenticatorData(rpId, (byte)(UserPresent | UserVerified | AttestedCredentialData), AttestedCredential());
        var attestation = new CborWriter(CborConformanceMode.Lax);
        attestation.WriteStartMap(3);
        attestation.WriteTextString("fmt");
        attestation.WriteTextString("none");
        attestation.WriteTextString("attStmt");
        attestation.WriteStartMap(0);
        attestation.WriteEndMap();
        attestation.WriteTextString("authData");
        attestation.WriteByteString(authenticatorData);
        attestation.WriteEndMap();

        return new JsonObject
        {
            ["id"] = Base64Url(CredentialId),
            ["rawId"] = Base64Url(CredentialId),
            ["type"] = "public-key",
            ["clientExtensionResults"] = new JsonObject(),
            ["response"] = new JsonObject
            {
                ["attestationObject"] = Base64Url(attestation.Encode()),
                ["clientDataJSON"] = Base64Url(clientData),
                ["transports"] = new JsonArray("internal"),
            },
        };
    }

    /// <summary>Answers <c>navigator.credentials.get</c>: signs authenticator data and the client data's hash.</summary>
    public JsonObject Get(string optionsJson, string origin, byte[]? userHandle = null)
    {
        var options = JsonNode.Parse(optionsJson)!;
        var rpId = options["rpId"]!.GetValue<string>();
        var clientData = ClientData("webauthn.get", options["challenge"]!.GetValue<string>(), origin);
        var authenticatorData = AuthenticatorData(rpId, UserPresent | UserVerified, []);
        var signature = _key.SignData([.. authenticatorData, .. SHA256.HashData(clientData)], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

        return new JsonObject
        {
            ["id"] = Base64Url(CredentialId),
            ["rawId"] = Base64Url(CredentialId),
            ["type"] = "public-key",
            ["clientExtensionResults"] = new JsonObject(),
            ["response"] = new JsonObject
            {
                ["authenticatorData"] = Base64Url(authenticatorData),
                ["clientDataJSON"] = Base64Url(clientData),
                ["signature"] = Base64Url(signature),
                ["userHandle"] = Base64Url(userHandle ?? UserHandle),
            },
        };
    }

    public void Dispose() => _key.Dispose();

    private static byte[] ClientData(string type, string challenge, string origin) =>
        JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["type"] = type, ["challenge"] = challenge, ["origin"] = origin, ["crossOrigin"] = false });

    private byte[] AuthenticatorData(string rpId, byte flags, byte[] attestedCredential)
    {
        var counter = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(counter, SignCount);
        return [.. SHA256.HashData(Encoding.UTF8.GetBytes(rpId)), flags, .. counter, .. attestedCredential];
    }

    /// <summary>AAGUID (zeros), the credential id with its length, and the public key as a COSE EC2 key.</summary>
    private byte[] AttestedCredential()
    {
        var point = _key.ExportParameters(false).Q;
        var cose = new CborWriter(CborConformanceMode.Lax);
        cose.WriteStartMap(5);
        cose.WriteInt32(1);   // kty
        cose.WriteInt32(2);   // EC2
        cose.WriteInt32(3);   // alg
        cose.WriteInt32(-7);  // ES256
        cose.WriteInt32(-1);  // crv
        cose.WriteInt32(1);   // P-256
        cose.WriteInt32(-2);  // x
        cose.WriteByteString(point.X!);
        cose.WriteInt32(-3);  // y
        cose.WriteByteString(point.Y!);
        cose.WriteEndMap();

        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)CredentialId.Length);
        return [.. new byte[16], .. length, .. CredentialId, .. cose.Encode()];
    }

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Base64UrlDecode(string value)
    {
        var base64 = value.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64 + new string('=', (4 - base64.Length % 4) % 4));
    }
}
