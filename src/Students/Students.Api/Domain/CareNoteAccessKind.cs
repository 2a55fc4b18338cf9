namespace PartnershipHub.Students.Domain;

public enum CareNoteAccessKind
{
    Read,
    Write,
    Export,
}
