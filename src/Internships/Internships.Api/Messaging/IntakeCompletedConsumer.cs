using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

/// <summary>Keeps the needs levels and placement preferences matching uses; never care notes (the event has none).</summary>
public sealed class IntakeCompletedConsumer(InternshipsDbContext db) : IConsumer<IntakeCompleted>
{
    public async Task Consume(ConsumeContext<IntakeCompleted> context)
    {
        var e = context.Message;
        var student = await db.FindOrAddAsync(e.StudentId, context.CancellationToken);
        if (student.Erased || e.Version <= student.IntakeVersion)
        {
            return;
        }

        student.StructureNeed = e.Needs.Structure;
        student.PedagogicalNeed = e.Needs.Pedagogical;
        student.Sectors = [.. e.Preferences.Sectors];
        student.MaxTravelKm = e.Preferences.MaxTravelKm;
        student.AvoidCompanyIds = [.. e.Preferences.AvoidCompanies.Select(a => a.CompanyId).OfType<Guid>()];
        student.AvoidCompanyNames = [.. e.Preferences.AvoidCompanies.Where(a => a.CompanyId is null).Select(a => a.CompanyName.Trim().ToLowerInvariant())];
        student.IntakeVersion = e.Version;
    }
}
