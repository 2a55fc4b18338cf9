namespace PartnershipHub.Guidance.Domain;

/// <summary>A goal linked to an attitude criterion (by stable key) or to a needs category.</summary>
public sealed record PlanGoal(
    Guid GoalId,
    string Title,
    string? CriterionKey,
    NeedsCategory? NeedsCategory,
    bool ConcernsWorkplace,
    GoalStatus Status,
    string? Note)
{
    /// <summary>Trainers see workplace goals, never care-related ones.</summary>
    public bool VisibleToTrainer => ConcernsWorkplace && NeedsCategory != Domain.NeedsCategory.PrivateCircumstances;
}
