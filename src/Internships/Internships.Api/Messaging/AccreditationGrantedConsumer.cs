using MassTransit;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Features.Placements;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

public sealed class AccreditationGrantedConsumer(InternshipsDbContext db, TimeProvider time) : IConsumer<AccreditationGranted>
{
    public async Task Consume(ConsumeContext<AccreditationGranted> context)
    {
        var e = context.Message;
        var accreditation = await db.AccreditationAsync(e.CompanyId, e.Crebo, context.CancellationToken);
        if (!accreditation.Grant(e))
        {
            return;
        }

        // Placements flagged when the accreditation was revoked lose the flag when it covers them again: a placement
        // not yet started on its start date, a running one today. Others keep the flag (e.g. a route no longer allowed).
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var open = new[] { PlacementStatus.Proposed, PlacementStatus.AgreementSigned, PlacementStatus.Active };
        var flagged = await db.Placements
            .Where(p => p.CompanyId == e.CompanyId && p.Crebo == e.Crebo && open.Contains(p.Status))
            .ToListAsync(context.CancellationToken);
        foreach (var placement in flagged.Where(p => p.Risks.Contains(PlacementRisk.AccreditationRevoked)))
        {
            var on = placement.Status == PlacementStatus.Active ? today : placement.StartDate;
            if (accreditation.IsCurrentOn(on, placement.Route) && placement.Unflag(PlacementRisk.AccreditationRevoked))
            {
                db.PlacementRiskCleared(placement, PlacementRisk.AccreditationRevoked, $"Accreditation for crebo {e.Crebo} granted again from {e.ValidFrom:yyyy-MM-dd}.");
            }
        }
    }
}
