namespace PartnershipHub.Insights.Features.Surveys;

/// <summary>The 409 rules of answering a survey (the portal turns each into a sentence).</summary>
public static class SurveyConflicts
{
    /// <summary>A survey is answered once; the answer cannot be changed.</summary>
    public const string Answered = "survey-answered";

    /// <summary>A survey can be answered until the end of its closing day (Amsterdam).</summary>
    public const string Closed = "survey-closed";
}
