using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Domain;

namespace PartnershipHub.Notifications.Tests.PersonalData;

/// <summary>A student copy, mails and preferences written straight into the fixture's database, as Students' events and delivery would leave them.</summary>
internal static class ExportData
{
    public const string MailBodyMarker = "body-that-must-not-be-exported";

    public static StudentCopy Student(Guid id, Guid? mentor) => new()
    {
        Id = id, StudentNumber = "500123", FirstName = "Sanne", LastName = "de Wit", Email = $"{id:N}@student.test", MentorStaffId = mentor,
        Status = StudentStatus.Active, Crebo = "25180", Route = LearningRoute.Bol, EnrolmentStart = new DateOnly(2026, 9, 1), Version = 3,
    };

    public static OutgoingMail Mail(Guid studentId, DateTimeOffset createdAt, bool sent, MailKind kind = MailKind.Digest)
    {
        var id = Guid.NewGuid();
        return new OutgoingMail
        {
            Id = id, RecipientKind = RecipientKind.Student, RecipientId = studentId, Kind = kind,
            DigestDate = kind == MailKind.Digest ? DateOnly.FromDateTime(createdAt.UtcDateTime) : null,
            ToAddress = $"{studentId:N}@student.test", ToName = "Sanne de Wit", Language = "en",
            Subject = $"PartnershipHub: things for {createdAt:yyyy-MM-dd HH:mm}", HtmlBody = $"<p>{MailBodyMarker}</p>", TextBody = MailBodyMarker,
            MessageId = $"<{id}@notifications.partnershiphub>", CreatedAt = createdAt, NextAttemptAt = createdAt, SentAt = sent ? createdAt.AddMinutes(1) : null,
        };
    }

    public static Preference Preference(Guid studentId, string? language) => new()
    {
        RecipientKind = RecipientKind.Student, RecipientId = studentId, DigestHour = 18, Immediate = false, QuietFrom = new TimeOnly(22, 0),
        QuietUntil = new TimeOnly(7, 30), Language = language, MutedKinds = [NotificationKind.ReviewScheduled, NotificationKind.AssignmentReturned],
        UpdatedAt = new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero),
    };
}
