namespace PartnershipHub.Insights.Domain;

/// <summary>
/// The survey's questions by stable key, in the order their scores are stored (1–5 each; the texts people read are the
/// portal's, in their language). Ten per respondent plus one open question. Keys never change meaning: a new question
/// gets a new key at the end.
/// </summary>
public static class SurveyQuestions
{
    public static readonly IReadOnlyList<string> Student =
    [
        "guidanceAtCompany", "fitWithProgramme", "atmosphere", "learnedNewThings", "variedTasks",
        "feedbackReceived", "takenSeriously", "schoolSupport", "preparedBySchool", "wouldRecommend",
    ];

    public static readonly IReadOnlyList<string> Trainer =
    [
        "studentPreparation", "fitWithProgramme", "professionalAttitude", "studentProgress", "schoolReachable",
        "schoolSupport", "agreementsClear", "assignmentsWorkable", "collaborationWithSchool", "wouldRecommend",
    ];

    /// <summary>The minimum and maximum score.</summary>
    public const int Lowest = 1;

    public const int Highest = 5;

    /// <summary>The open question's longest answer.</summary>
    public const int CommentMaxLength = 2000;

    public static IReadOnlyList<string> For(SurveyRespondent respondent) =>
        respondent == SurveyRespondent.Student ? Student : Trainer;
}
