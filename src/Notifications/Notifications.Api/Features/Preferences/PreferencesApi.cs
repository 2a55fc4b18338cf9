using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Notifications.Security;

namespace PartnershipHub.Notifications.Features.Preferences;

/// <summary>
/// A person's delivery choices: digest hour, immediate mail, quiet hours, muted kinds, language. Anyone signed in who
/// is an addressee (<see cref="CurrentRecipients"/>); a trainer at several companies reads the first and writes all.
/// </summary>
public static class PreferencesApi
{
    public static IEndpointRouteBuilder MapPreferencesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications/preferences").WithTags("Preferences");
        group.MapGet("/", GetAsync);
        group.MapPut("/", SaveAsync);
        return app;
    }

    private static async Task<Results<Ok<PreferencesResponse>, ForbidHttpResult>> GetAsync(
        ClaimsPrincipal user, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        var recipients = await CurrentRecipients.ForAsync(user, db, cancellationToken);
        if (recipients.Count == 0)
        {
            return TypedResults.Forbid();
        }

        var stored = await LoadAsync(db, recipients, tracked: false, cancellationToken);
        var preference = recipients.Select(r => stored.FirstOrDefault(p => p.RecipientKind == r.Kind && p.RecipientId == r.Id)).FirstOrDefault(p => p is not null)
            ?? new Preference();
        return TypedResults.Ok(PreferencesResponse.From(preference, KindsOf(recipients)));
    }

    private static async Task<Results<Ok<PreferencesResponse>, ForbidHttpResult>> SaveAsync(
        SavePreferencesRequest request, ClaimsPrincipal user, NotificationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var recipients = await CurrentRecipients.ForAsync(user, db, cancellationToken);
        if (recipients.Count == 0)
        {
            return TypedResults.Forbid();
        }

        request.Validate();
        var stored = await LoadAsync(db, recipients, tracked: true, cancellationToken);
        var now = clock.GetUtcNow();
        Preference? first = null;
        foreach (var recipient in recipients)
        {
            var preference = stored.FirstOrDefault(p => p.RecipientKind == recipient.Kind && p.RecipientId == recipient.Id);
            if (preference is null)
            {
                preference = new Preference { RecipientKind = recipient.Kind, RecipientId = recipient.Id };
                db.Preferences.Add(preference);
            }

            request.ApplyTo(preference, now);
            first ??= preference;
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(PreferencesResponse.From(first!, KindsOf(recipients)));
    }

    private static async Task<List<Preference>> LoadAsync(
        NotificationsDbContext db, IReadOnlyList<RecipientRef> recipients, bool tracked, CancellationToken cancellationToken)
    {
        var ids = recipients.Select(r => r.Id).ToList();
        var query = db.Preferences.Where(p => ids.Contains(p.RecipientId));
        var rows = await (tracked ? query : query.AsNoTracking()).ToListAsync(cancellationToken);
        return [.. rows.Where(p => recipients.Contains(new RecipientRef(p.RecipientKind, p.RecipientId)))];
    }

    /// <summary>The kinds of every audience the person belongs to, in the enum's order.</summary>
    private static IEnumerable<NotificationKind> KindsOf(IReadOnlyList<RecipientRef> recipients) =>
        recipients.Select(r => r.Kind).Distinct().SelectMany(NotificationKinds.For).Distinct().Order();
}
