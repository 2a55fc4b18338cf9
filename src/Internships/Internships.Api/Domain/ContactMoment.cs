using PartnershipHub.Contracts;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Internships.Domain;

/// <summary>A school–company contact moment about a placement, with the follow-up agreed.</summary>
public sealed class ContactMoment
{
    private ContactMoment()
    {
    }

    public Guid Id { get; private set; }

    public Guid PlacementId { get; private set; }

    public ContactKind Kind { get; private set; }

    public DateTimeOffset ContactedAt { get; private set; }

    public Guid? ByStaffId { get; private set; }

    public string ByRole { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public bool Joint { get; private set; }

    public string? FollowUp { get; private set; }

    public DateOnly? FollowUpDue { get; private set; }

    public static ContactMoment Log(
        Placement placement, ContactKind kind, DateTimeOffset? contactedAt, string? summary, bool joint, string? followUp, DateOnly? followUpDue, Actor by, DateTimeOffset now)
    {
        if (contactedAt is not { } at)
        {
            throw new FieldValidationException("contactedAt", "Say when the contact took place.");
        }

        if (at > now.AddMinutes(5))
        {
            throw new FieldValidationException("contactedAt", "A contact moment cannot lie in the future.");
        }

        // Arranging a placement starts months ahead, not years.
        var earliest = placement.StartDate.AddYears(-1);
        if (DateOnly.FromDateTime(at.UtcDateTime) < earliest)
        {
            throw new FieldValidationException("contactedAt", $"A contact about this placement lies after {earliest:yyyy-MM-dd}.");
        }

        if (string.IsNullOrWhiteSpace(summary) || summary.Length > 4000)
        {
            throw new FieldValidationException("summary", "Summarise the contact (at most 4000 characters).");
        }

        if (followUpDue is not null && string.IsNullOrWhiteSpace(followUp))
        {
            throw new FieldValidationException("followUp", "Say what follow-up is due.");
        }

        var contactDay = DateOnly.FromDateTime(at.UtcDateTime);
        if (followUpDue is { } due && (due < contactDay || due > contactDay.AddYears(1)))
        {
            throw new FieldValidationException("followUpDue", $"A follow-up falls due on or after the contact ({contactDay:yyyy-MM-dd}) and within a year of it.");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new FieldValidationException("kind", "Visit, Call, Mail or Meeting.");
        }

        return new ContactMoment
        {
            Id = Guid.NewGuid(),
            PlacementId = placement.Id,
            Kind = kind,
            ContactedAt = at,
            ByStaffId = by.Id,
            ByRole = by.Role,
            Summary = summary.Trim(),
            Joint = joint,
            FollowUp = string.IsNullOrWhiteSpace(followUp) ? null : followUp.Trim(),
            FollowUpDue = followUpDue,
        };
    }
}
