using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Features.Progress;

public sealed record Discrepancy(string CriterionKey, AssessorRole RoleA, AttitudeLevel LevelA, AssessorRole RoleB, AttitudeLevel LevelB);
