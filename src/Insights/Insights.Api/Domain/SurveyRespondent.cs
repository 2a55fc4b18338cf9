namespace PartnershipHub.Insights.Domain;

/// <summary>Who answers an end-of-placement survey.</summary>
public enum SurveyRespondent
{
    Student,
    Trainer,
}
