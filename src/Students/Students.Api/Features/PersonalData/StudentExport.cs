using PartnershipHub.Students.Features.CareNotes;
using PartnershipHub.Students.Features.Intakes;
using PartnershipHub.Students.Features.Students;

namespace PartnershipHub.Students.Features.PersonalData;

/// <summary>Everything this service holds about one student (the right of access). Care notes only in a care staff export.</summary>
public sealed record StudentExport(
    DateTimeOffset ExportedAt,
    StudentResponse Student,
    IntakeResponse Intake,
    IReadOnlyList<CareNoteResponse>? CareNotes,
    IReadOnlyList<CareNoteAccessEntry>? CareNoteAccessLog);
