using PartnershipHub.Notifications.Domain;

namespace PartnershipHub.Notifications.Rules;

/// <summary>The display values a notification's texts need: names, numbers, titles and ISO dates, never what people wrote.</summary>
public static class Parameters
{
    public const string StudentName = "studentName";
    public const string StudentNumber = "studentNumber";
    public const string CompanyName = "companyName";
    public const string AssignmentTitle = "assignmentTitle";
    public const string WeekStart = "weekStart";
    public const string DueDate = "dueDate";
    public const string ReviewDate = "reviewDate";

    /// <summary>"student" when the line speaks to the student themself.</summary>
    public const string Addressee = "addressee";
    public const string PeriodName = "periodName";
    public const string PeriodStart = "periodStart";
    public const string Count = "count";
    public const string Rule = "rule";
    public const string RecipientName = "recipientName";
    public const string Urgent = "urgent";

    public static Dictionary<string, string> About(StudentCopy? student, string? companyName = null)
    {
        var values = new Dictionary<string, string>();
        if (student is { IsErased: false } && student.DisplayName.Length > 0)
        {
            values[StudentName] = student.DisplayName;
            values[StudentNumber] = student.StudentNumber;
        }

        if (!string.IsNullOrEmpty(companyName))
        {
            values[CompanyName] = companyName;
        }

        return values;
    }

    public static Dictionary<string, string> With(this Dictionary<string, string> values, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            values[key] = value;
        }

        return values;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd");
}
