namespace PartnershipHub.Insights.Domain;

/// <summary>
/// One respondent's end-of-placement survey for one placement: opened when the placement ended, answered once
/// (<see cref="AnsweredAt"/>), closed after <see cref="ClosesOn"/>. The placement's programme, period and company are
/// kept on the survey so results still count after the student is erased. <see cref="Scores"/> hold 1–5 per question in
/// the order of <see cref="SurveyQuestions.For"/>; <see cref="Comment"/> is the open answer. No one but the respondent
/// sees one survey's answers: others see averages over five or more.
/// </summary>
public sealed class Survey
{
    public Guid Id { get; set; }

    public Guid PlacementId { get; set; }

    /// <summary>The student the placement was for; null once that student is erased (a trainer's survey stays, detached).</summary>
    public Guid? StudentId { get; set; }

    public Guid CompanyId { get; set; }

    /// <summary>The trainer who answers a trainer's survey.</summary>
    public Guid? TrainerId { get; set; }

    public SurveyRespondent Respondent { get; set; }

    public string Crebo { get; set; } = "";

    public Guid PeriodId { get; set; }

    public DateOnly PlacementEndedOn { get; set; }

    public bool PlacementEndedEarly { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public DateOnly ClosesOn { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public int[]? Scores { get; set; }

    public string? Comment { get; set; }

    public bool IsAnswered => AnsweredAt is not null;
}
