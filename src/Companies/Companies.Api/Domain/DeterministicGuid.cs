using System.Security.Cryptography;
using System.Text;

namespace PartnershipHub.Companies.Domain;

/// <summary>
/// A GUID derived from a name, so the same name always gives the same id: periods named alike share an id, and
/// other services' demo seeds can refer to this service's demo companies without asking for them.
/// </summary>
public static class DeterministicGuid
{
    public static Guid Create(string name)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16];
        // RFC 9562 version 8 (custom) and variant bits, so it reads as a proper GUID.
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
