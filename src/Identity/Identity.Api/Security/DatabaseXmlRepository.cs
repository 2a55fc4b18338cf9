using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using PartnershipHub.Identity.Infrastructure;

namespace PartnershipHub.Identity.Security;

/// <summary>
/// Keeps the data protection keys (they protect the sign-in, two-factor and antiforgery cookies) in the database,
/// so a cookie issued by one replica is read by another and survives a restart.
/// </summary>
internal sealed class DatabaseXmlRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        return [.. db.DataProtectionKeys.Select(k => k.Xml).AsEnumerable().Select(XElement.Parse)];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
