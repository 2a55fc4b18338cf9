using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Features.HelpRequests;

/// <summary>One logged staff access to a private help request: ids, role, what and when; never the text.</summary>
public sealed record HelpRequestAccessEntry(Guid StudentId, Guid HelpRequestId, Guid StaffId, string Role, HelpRequestAccessKind Kind, DateTimeOffset At)
{
    public static HelpRequestAccessEntry From(HelpRequestAccess a) => new(a.StudentId, a.HelpRequestId, a.StaffId, a.Role, a.Kind, a.At);
}
