using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Notifications.Security;

namespace PartnershipHub.Notifications.Features.PersonalData;

/// <summary>The student's right of access, Notifications' part: read-only, one query per collection, in a stable order.</summary>
public static class PersonalDataApi
{
    public const string ServiceName = "notifications";

    public static IEndpointRouteBuilder MapPersonalDataApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/students/{studentId:guid}/export", ExportAsync).WithTags("Personal data");
        return app;
    }

    private static async Task<Results<Ok<NotificationsExport>, NotFound, ForbidHttpResult>> ExportAsync(
        Guid studentId, ClaimsPrincipal user, NotificationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        // Rows can outlive a missing copy (an event for a student whose copy has not arrived yet); erasure removes both.
        var student = await db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == studentId, cancellationToken);
        if (student is null && !await HoldsAnythingAboutAsync(db, studentId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        if (!user.CanExport(studentId, student))
        {
            return TypedResults.Forbid();
        }

        var preference = await db.Preferences.AsNoTracking()
            .FirstOrDefaultAsync(p => p.RecipientKind == RecipientKind.Student && p.RecipientId == studentId, cancellationToken);
        var notifications = await db.Notifications.AsNoTracking()
            .Where(n => (n.RecipientKind == RecipientKind.Student && n.RecipientId == studentId) || n.StudentId == studentId)
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)
            .ToListAsync(cancellationToken);
        var workItems = await db.WorkItems.AsNoTracking()
            .Where(w => (w.RecipientKind == RecipientKind.Student && w.RecipientId == studentId) || w.StudentId == studentId)
            .OrderBy(w => w.OpenedAt).ThenBy(w => w.Id)
            .ToListAsync(cancellationToken);
        var mails = await db.Mails.AsNoTracking()
            .Where(m => m.RecipientKind == RecipientKind.Student && m.RecipientId == studentId)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);

        // Every text in the language the student reads their own notifications in.
        var language = NotificationTexts.NormaliseLanguage(preference?.Language);
        var toStudent = notifications.ToLookup(n => n.RecipientKind == RecipientKind.Student && n.RecipientId == studentId);
        return TypedResults.Ok(new NotificationsExport(
            clock.GetUtcNow(),
            ServiceName,
            student is null ? null : StudentCopyExport.From(student),
            [.. toStudent[true].Select(n => NotificationExport.From(n, language))],
            [.. toStudent[false].Select(n => NotificationExport.From(n, language))],
            [.. workItems.Select(w => WorkItemExport.From(w, language))],
            [.. mails.Select(MailExport.From)],
            preference is null ? null : PreferenceExport.From(preference)));
    }

    private static async Task<bool> HoldsAnythingAboutAsync(NotificationsDbContext db, Guid studentId, CancellationToken cancellationToken) =>
        await db.Notifications.AnyAsync(n => (n.RecipientKind == RecipientKind.Student && n.RecipientId == studentId) || n.StudentId == studentId, cancellationToken)
        || await db.WorkItems.AnyAsync(w => (w.RecipientKind == RecipientKind.Student && w.RecipientId == studentId) || w.StudentId == studentId, cancellationToken)
        || await db.Mails.AnyAsync(m => m.RecipientKind == RecipientKind.Student && m.RecipientId == studentId, cancellationToken)
        || await db.Preferences.AnyAsync(p => p.RecipientKind == RecipientKind.Student && p.RecipientId == studentId, cancellationToken);
}
