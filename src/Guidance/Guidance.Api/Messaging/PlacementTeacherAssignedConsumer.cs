using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

/// <summary>The placement's teacher links them to the student (or, taken off, unlinks them); the progress view shows no teacher, so nothing to refresh.</summary>
public sealed class PlacementTeacherAssignedConsumer(GuidanceDbContext db) : IConsumer<PlacementTeacherAssigned>
{
    public async Task Consume(ConsumeContext<PlacementTeacherAssigned> context)
    {
        var e = context.Message;
        var copy = await InternshipsCopies.PlacementAsync(db, e.Placement, context.CancellationToken);
        copy?.Apply(e.Placement, e.Version);
    }
}
