namespace PartnershipHub.Students.Domain;

/// <summary>Where the student comes from; vmbo tracks bb/kb/gl/tl differ in how theoretical they were.</summary>
public enum PriorEducation
{
    VmboBb,
    VmboKb,
    VmboGl,
    VmboTl,
    Praktijkonderwijs,
    Entree,
    Other,
}
