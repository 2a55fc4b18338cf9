using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Students.Domain;
using PartnershipHub.Students.Infrastructure;

namespace PartnershipHub.Students.Messaging;

/// <summary>
/// Identity's staff accounts, for the mentor check: only an active staff member with the mentor role becomes a
/// student's mentor. No lock: the inbox runs deliveries about one staff id one after the other (their key).
/// </summary>
public sealed class StaffMemberChangedConsumer(StudentsDbContext db) : IConsumer<StaffMemberChanged>
{
    public async Task Consume(ConsumeContext<StaffMemberChanged> context)
    {
        var e = context.Message;
        var copy = await db.StaffMembers.FindAsync([e.StaffId], context.CancellationToken);
        if (copy is null)
        {
            db.StaffMembers.Add(StaffMemberCopy.From(e));
        }
        else
        {
            copy.Apply(e);
        }
    }
}
