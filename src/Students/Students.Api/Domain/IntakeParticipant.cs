namespace PartnershipHub.Students.Domain;

public enum IntakeParticipant
{
    Student,
    ParentOrGuardian,
    PreviousSchoolMentor,
    CareStaff,
}
