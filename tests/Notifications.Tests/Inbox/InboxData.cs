using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;

namespace PartnershipHub.Notifications.Tests.Inbox;

/// <summary>Notifications, work items and copies written straight into the fixture's database, as the rules would leave them.</summary>
internal static class InboxData
{
    public static readonly DateTimeOffset Start = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);

    public static Notification Notification(RecipientKind kind, Guid recipientId, int minute, NotificationKind what = NotificationKind.SignalRaised,
        bool read = false, WorkItem? item = null, bool escalated = false, Guid? studentId = null) => new()
    {
        Id = Guid.NewGuid(),
        RecipientKind = kind,
        RecipientId = recipientId,
        Kind = item?.Kind ?? what,
        DedupeKey = item is null ? $"test:{Guid.NewGuid()}" : $"item:{item.Id}:{(escalated ? $"escalated:{recipientId}" : "open")}",
        WorkItemId = item?.Id,
        StudentId = studentId ?? item?.StudentId,
        Escalated = escalated,
        CreatedAt = Start.AddMinutes(minute),
        ReadAt = read ? Start.AddMinutes(minute + 1) : null,
        Link = item?.Link ?? $"/mentor/students/{studentId ?? Guid.Empty}",
        Parameters = new() { ["studentName"] = "Sanne de Wit", ["studentNumber"] = "500123" },
        MailState = MailState.Pending,
    };

    public static WorkItem WorkItem(RecipientKind kind, Guid recipientId, NotificationKind what = NotificationKind.HoursToApprove,
        Guid? companyId = null, Guid? studentId = null, int dueInDays = 7) => new()
    {
        Id = Guid.NewGuid(),
        Kind = what,
        RecipientKind = kind,
        RecipientId = recipientId,
        SubjectKey = $"test:{Guid.NewGuid()}",
        StudentId = studentId ?? Guid.NewGuid(),
        PlacementId = Guid.NewGuid(),
        CompanyId = companyId,
        OpenedAt = Start,
        DueAt = Start.AddDays(dueInDays),
        Link = $"/trainer/placements/{Guid.NewGuid()}",
        Parameters = new() { ["studentName"] = "Sanne de Wit", ["weekStart"] = "2027-02-22" },
    };

    /// <summary>The item escalated: to one person, or (<paramref name="toId"/> null) to the coordinators.</summary>
    public static WorkItem EscalatedTo(this WorkItem item, Guid? toId)
    {
        item.EscalationLevel = 1;
        item.EscalatedToKind = RecipientKind.Staff;
        item.EscalatedToId = toId;
        item.EscalatedAt = item.DueAt;
        return item;
    }

    public static StaffCopy Staff(Guid id, string name, string language = "nl", params string[] roles) => new()
    {
        Id = id, UserId = Guid.NewGuid(), DisplayName = name, Email = $"{id:N}@school.test", Roles = [.. roles], Active = true, Language = language, Version = 1,
    };

    public static TrainerCopy Trainer(Guid companyId, string email, string name = "Kees Bakker") => new()
    {
        Id = Guid.NewGuid(), CompanyId = companyId, Name = name, Email = email, Active = true, Version = 1,
    };

    public static Task AddAsync(this NotificationsApiFixture fixture, params object[] rows) => fixture.InDatabaseAsync(async db =>
    {
        db.AddRange(rows);
        await db.SaveChangesAsync();
        return true;
    });
}
