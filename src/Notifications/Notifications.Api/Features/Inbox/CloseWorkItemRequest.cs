using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Notifications.Features.Inbox;

/// <summary>Closing a work item by hand: why it needs no act (any more). Kept on the item for whoever looks later.</summary>
public sealed record CloseWorkItemRequest(string? Reason)
{
    public const int MinLength = 3;
    public const int MaxLength = 500;

    /// <summary>The reason, trimmed; a 400 naming <c>reason</c> when it is missing, too short or too long.</summary>
    public string ValidReason()
    {
        var reason = Reason?.Trim() ?? "";
        if (reason.Length is < MinLength or > MaxLength)
        {
            throw new FieldValidationException("reason",
                $"Say why this item is closed without the act it asks for ({MinLength} to {MaxLength} characters).");
        }

        return reason;
    }
}
