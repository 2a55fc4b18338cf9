using Microsoft.EntityFrameworkCore;
using MimeKit;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Notifications.Security;

namespace PartnershipHub.Notifications.Delivery;

/// <summary>
/// Finds each addressee's mail address, name and language: staff from their copy (with their account's language),
/// trainers and students from theirs (Dutch); a preference's language wins. A person who left (inactive staff or
/// trainer), was erased or has no valid address gets no address, so their notifications are skipped.
/// </summary>
public static class MailRecipients
{
    public static async Task<Dictionary<RecipientRef, MailRecipient>> LoadAsync(
        NotificationsDbContext db, IReadOnlyCollection<RecipientRef> people, CancellationToken cancellationToken)
    {
        var staffIds = IdsOf(people, RecipientKind.Staff);
        var trainerIds = IdsOf(people, RecipientKind.Trainer);
        var studentIds = IdsOf(people, RecipientKind.Student);
        var allIds = people.Select(p => p.Id).Distinct().ToList();

        var staff = staffIds.Count == 0 ? [] : await db.Staff.AsNoTracking()
            .Where(s => staffIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Email, s.DisplayName, s.Language, s.Active })
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var trainers = trainerIds.Count == 0 ? [] : await db.Trainers.AsNoTracking()
            .Where(t => trainerIds.Contains(t.Id))
            .Select(t => new { t.Id, t.Email, t.Name, t.Active })
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        var students = studentIds.Count == 0 ? [] : await db.Students.AsNoTracking()
            .Where(s => studentIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Email, s.FirstName, s.LastName })
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var preferences = (await db.Preferences.AsNoTracking()
                .Where(p => allIds.Contains(p.RecipientId))
                .ToListAsync(cancellationToken))
            .ToDictionary(p => new RecipientRef(p.RecipientKind, p.RecipientId));

        var result = new Dictionary<RecipientRef, MailRecipient>();
        foreach (var person in people.Distinct())
        {
            var preference = preferences.GetValueOrDefault(person) ?? new Preference { RecipientKind = person.Kind, RecipientId = person.Id };
            var (address, name, language) = person.Kind switch
            {
                RecipientKind.Staff when staff.TryGetValue(person.Id, out var s) => (s.Active ? s.Email : null, s.DisplayName, s.Language),
                RecipientKind.Trainer when trainers.TryGetValue(person.Id, out var t) => (t.Active ? t.Email : null, t.Name, "nl"),
                RecipientKind.Student when students.TryGetValue(person.Id, out var s) => (s.Email, $"{s.FirstName} {s.LastName}".Trim(), "nl"),
                _ => ((string?)null, "", "nl"),
            };
            result[person] = new MailRecipient(
                person.Kind,
                person.Id,
                IsUsable(address) ? address!.Trim() : null,
                name,
                NotificationTexts.NormaliseLanguage(preference.Language ?? language),
                preference);
        }

        return result;
    }

    private static List<Guid> IdsOf(IEnumerable<RecipientRef> people, RecipientKind kind) =>
        [.. people.Where(p => p.Kind == kind).Select(p => p.Id).Distinct()];

    private static bool IsUsable(string? address) =>
        !string.IsNullOrWhiteSpace(address) && MailboxAddress.TryParse(address.Trim(), out var mailbox) && mailbox.Address.Contains('@');
}
