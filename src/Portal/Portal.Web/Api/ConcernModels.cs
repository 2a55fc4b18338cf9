namespace PartnershipHub.Portal.Api;

// Workplace concerns (Guidance) and the school contact person (Guidance's staff id, Identity's name and work e-mail).

/// <summary>Kind: lateness, conflict, safety, worried, incident, other. Urgency: normal, urgent. Status: open, answered, closed.</summary>
public sealed record WorkplaceConcern(
    Guid ConcernId, Guid StudentId, Guid PlacementId, string CompanyName, string Kind, string Urgency, bool Urgent, string Text,
    string? RaisedByName, DateTimeOffset RaisedAt, string Status, string? Answer, DateTimeOffset? AnsweredAt,
    string? CloseNote, DateTimeOffset? ClosedAt, bool CanAnswer);

public sealed record RaiseConcernRequest(string? Kind, string? Urgency, string? Text);

public sealed record AnswerConcernRequest(string? Answer);

public sealed record CloseConcernRequest(string? Note);

/// <summary>Role: placementTeacher or mentor; both null when the school named no one yet.</summary>
public sealed record SchoolContact(Guid? StaffId, string? Role);

/// <summary>Name, work e-mail and, when Identity has one, the work phone number.</summary>
public sealed record StaffContact(Guid StaffId, string DisplayName, string Email, string? Phone = null);
