using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Infrastructure;

namespace PartnershipHub.Identity.Security;

/// <summary>Adds entries to the audit log in the caller's unit of work; the caller saves.</summary>
public sealed class AuditLog(IdentityDbContext db, TimeProvider time, IHttpContextAccessor http)
{
    public void Record(string auditEvent, Guid? userId, string? actor = null, string? detail = null) =>
        db.AuditEntries.Add(Entry(auditEvent, userId, actor, detail));

    /// <summary>An entry not yet added: for an import that writes thousands at once.</summary>
    public AuditEntry Entry(string auditEvent, Guid? userId, string? actor = null, string? detail = null) => new()
    {
        At = time.GetUtcNow(),
        Event = auditEvent,
        UserId = userId,
        Actor = actor,
        Detail = detail,
        IpAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
    };
}
