namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>A programme (qualification) as the students' enrolments name it.</summary>
public sealed record ProgrammeOption(string Crebo, string Name, int Level);
