using MassTransit;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Features.Placements;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

/// <summary>
/// Records the revocation and flags every open placement at the company for that crebo: the coordinator decides
/// what happens to them (a risk flag and an event, never a silent change of status).
/// </summary>
public sealed class AccreditationRevokedConsumer(InternshipsDbContext db) : IConsumer<AccreditationRevoked>
{
    public async Task Consume(ConsumeContext<AccreditationRevoked> context)
    {
        var e = context.Message;
        var cancellationToken = context.CancellationToken;
        var accreditation = await db.AccreditationAsync(e.CompanyId, e.Crebo, cancellationToken);
        if (!accreditation.Revoke(e))
        {
            return;
        }

        var open = new[] { PlacementStatus.Proposed, PlacementStatus.AgreementSigned, PlacementStatus.Active };
        var placements = await db.Placements
            .Where(p => p.CompanyId == e.CompanyId && p.Crebo == e.Crebo && open.Contains(p.Status))
            .ToListAsync(cancellationToken);
        foreach (var placement in placements.Where(p => p.Flag(PlacementRisk.AccreditationRevoked)))
        {
            db.PlacementAtRisk(placement, PlacementRisk.AccreditationRevoked, $"Accreditation for crebo {e.Crebo} revoked on {e.RevokedOn:yyyy-MM-dd}: {e.Reason}");
        }
    }
}
