using Microsoft.EntityFrameworkCore;
using PartnershipHub.Notifications.Domain;

namespace PartnershipHub.Notifications.Tests.Delivery;

/// <summary>People and notifications written straight into the service's tables (delivery owns no consumers).</summary>
internal static class DeliveryData
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>A moment on the Amsterdam clock (in the past: the sender sends what is due by the real clock).</summary>
    public static DateTimeOffset Amsterdam(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public static string NewAddress(string who) => $"{who}-{Guid.NewGuid():N}@example.test";

    public static StaffCopy Mentor(string language = "nl", string? email = null) => new()
    {
        Id = Guid.NewGuid(),
        UserId = Guid.NewGuid(),
        DisplayName = "Marieke Jansen",
        Email = email ?? NewAddress("mentor"),
        Roles = ["mentor"],
        Active = true,
        Language = language,
        Version = 1,
    };

    public static TrainerCopy Trainer(string? email = null, Guid? companyId = null) => new()
    {
        Id = Guid.NewGuid(),
        CompanyId = companyId ?? Guid.NewGuid(),
        Name = "Peter Bakker",
        Email = email ?? NewAddress("trainer"),
        Active = true,
        Version = 1,
    };

    public static StudentCopy Student(string? email) => new()
    {
        Id = Guid.NewGuid(),
        StudentNumber = "500123",
        FirstName = "Sanne",
        LastName = "de Vries",
        Email = email,
        Crebo = "25604",
        Version = 1,
    };

    public static Notification For(
        RecipientKind recipientKind,
        Guid recipientId,
        NotificationKind kind,
        DateTimeOffset createdAt,
        bool urgent = false,
        Guid? workItemId = null,
        string? link = null) => new()
    {
        Id = Guid.NewGuid(),
        RecipientKind = recipientKind,
        RecipientId = recipientId,
        Kind = kind,
        DedupeKey = $"test:{Guid.NewGuid():N}",
        WorkItemId = workItemId,
        StudentId = Guid.NewGuid(),
        Urgent = urgent,
        CreatedAt = createdAt,
        Link = link ?? $"/mentor/students/{Guid.NewGuid()}",
        Parameters = new() { ["studentName"] = "Sanne de Vries", ["studentNumber"] = "500123", ["companyName"] = "Bakkerij Bakker" },
        MailState = MailState.Pending,
    };

    public static WorkItem Item(NotificationKind kind, RecipientKind recipientKind, Guid recipientId, DateTimeOffset openedAt, DateTimeOffset? closedAt) => new()
    {
        Id = Guid.NewGuid(),
        Kind = kind,
        RecipientKind = recipientKind,
        RecipientId = recipientId,
        SubjectKey = $"test:{Guid.NewGuid():N}",
        OpenedAt = openedAt,
        Link = "/trainer/placements/" + Guid.NewGuid(),
        ClosedAt = closedAt,
        ClosedBy = closedAt is null ? null : "event:Test",
    };

    public static Task AddAsync(this NotificationsApiFixture fixture, params object[] entities) =>
        fixture.InDatabaseAsync(async db =>
        {
            db.AddRange(entities);
            return await db.SaveChangesAsync();
        });

    public static Task<List<Notification>> NotificationsOfAsync(this NotificationsApiFixture fixture, Guid recipientId) =>
        fixture.InDatabaseAsync(db => db.Notifications.AsNoTracking().Where(n => n.RecipientId == recipientId).ToListAsync());

    public static Task<List<OutgoingMail>> MailsToAsync(this NotificationsApiFixture fixture, Guid recipientId) =>
        fixture.InDatabaseAsync(db => db.Mails.AsNoTracking().Where(m => m.RecipientId == recipientId).OrderBy(m => m.CreatedAt).ToListAsync());
}
