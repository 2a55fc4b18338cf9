namespace PartnershipHub.Insights.Features.PersonalData;

/// <summary>
/// What Insights holds about one student that is theirs to see: the programme facts it counts them under and their own
/// end-of-placement surveys with their answers. The portal puts it in one download with the other services' exports.
/// </summary>
public sealed record InsightsExport(
    DateTimeOffset ExportedAt,
    string Service,
    StudentFactExport? Student,
    IReadOnlyList<SurveyExport> Surveys);
