namespace PartnershipHub.Guidance.Domain;

/// <summary>The needs categories of the intake summary. <see cref="PrivateCircumstances"/> is care-related: never shown to trainers.</summary>
public enum NeedsCategory
{
    Pedagogical,
    Didactic,
    FutureWishes,
    Structure,
    PrivateCircumstances,
}
