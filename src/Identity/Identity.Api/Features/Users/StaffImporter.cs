using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Features.Invitations;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Infrastructure.Mail;
using PartnershipHub.Identity.Security;
using PartnershipHub.Messaging;
using PartnershipHub.Messaging.Outbox;

namespace PartnershipHub.Identity.Features.Users;

/// <summary>
/// Applies a staff import file in one transaction: new e-mail addresses become staff accounts with an invitation, known
/// staff accounts take over the row's name, roles, number and language, and every change is announced
/// (<see cref="StaffAnnouncements"/>) and audited. Idempotent by e-mail address: the same file again changes nothing.
/// The accounts of the file are read with one query, and new accounts with their roles, invitations, mails, events and
/// audit entries are written by COPY (<see cref="BulkCopy"/>), not through <see cref="UserManager{TUser}"/>, whose
/// per-account checks are the queries this makes once: a school's whole staff list takes seconds.
/// </summary>
public sealed class StaffImporter(
    IdentityDbContext db,
    UserManager<ApplicationUser> users,
    InvitationSender invitations,
    AccountAccess access,
    AuditLog audit,
    OutboxSignal outboxSignal,
    TimeProvider time)
{
    /// <summary>What the new accounts of one file add, written by COPY after the rows are decided.</summary>
    private sealed class NewAccounts
    {
        public List<ApplicationUser> Users { get; } = [];
        public List<IdentityUserRole<Guid>> Roles { get; } = [];
        public List<Invitation> Invitations { get; } = [];
        public List<QueuedMail> Mails { get; } = [];
        public List<AuditEntry> AuditEntries { get; } = [];
        public List<IntegrationEvent> Events { get; } = [];
    }

    public async Task<StaffImportReport> ImportAsync(Stream file, string actor, IReadOnlyCollection<string> actorRoles, CancellationToken cancellationToken)
    {
        var rows = StaffCsvFile.Parse(await StaffCsvFile.ReadTextAsync(file, cancellationToken));
        var results = new List<StaffImportRowResult>(rows.Count);
        var valid = new List<(StaffCsvRow Row, StaffAccountDetails Details, string Key)>(rows.Count);
        var seenEmails = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Details is not { } details)
            {
                results.Add(Rejected(row, row.Errors!));
                continue;
            }

            var key = users.NormalizeEmail(details.Email);
            if (!seenEmails.TryAdd(key, row.Line))
            {
                results.Add(Rejected(row, "email", $"Appears earlier in the file, on line {seenEmails[key]}."));
            }
            else if (details.EmployeeNumber is { } number && !seenNumbers.TryAdd(number, row.Line))
            {
                results.Add(Rejected(row, "employeeNumber", $"Appears earlier in the file, on line {seenNumbers[number]}."));
            }
            else
            {
                valid.Add((row, details, key));
            }
        }

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var keys = valid.Select(v => v.Key).ToList();
        var existing = await db.Users.Where(u => keys.Contains(u.NormalizedEmail!)).ToDictionaryAsync(u => u.NormalizedEmail!, StringComparer.Ordinal, cancellationToken);
        var currentRoles = await UserSummaries.RolesOfAsync(db, [.. existing.Values.Select(u => u.Id)], cancellationToken);
        var numbers = valid.Where(v => v.Details.EmployeeNumber is not null).Select(v => v.Details.EmployeeNumber!).ToList();
        var numberOwners = await db.Users.Where(u => numbers.Contains(u.EmployeeNumber!))
            .ToDictionaryAsync(u => u.EmployeeNumber!, u => u.Id, StringComparer.Ordinal, cancellationToken);
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, StringComparer.Ordinal, cancellationToken);

        var created = new NewAccounts();
        foreach (var (row, details, key) in valid)
        {
            var user = existing.GetValueOrDefault(key);
            if (details.EmployeeNumber is { } number && numberOwners.TryGetValue(number, out var owner) && owner != user?.Id)
            {
                results.Add(Rejected(row, "employeeNumber", $"Employee number {number} belongs to another account."));
            }
            else if (user is null)
            {
                results.Add(Create(row, details, actor, actorRoles, roleIds, now, created));
            }
            else
            {
                results.Add(await UpdateAsync(row, details, user, currentRoles.GetValueOrDefault(user.Id, []), actor, actorRoles, roleIds, now, cancellationToken));
            }
        }

        results.Sort((a, b) => a.Line.CompareTo(b.Line));
        var report = new StaffImportReport(
            results.Count,
            results.Count(r => r.Outcome == StaffImportOutcome.Created),
            results.Count(r => r.Outcome == StaffImportOutcome.Updated),
            results.Count(r => r.Outcome == StaffImportOutcome.Unchanged),
            results.Count(r => r.Outcome == StaffImportOutcome.Rejected),
            results);
        audit.Record(AuditEvents.StaffImported, null, actor,
            $"{report.Total} rows: {report.Created} created, {report.Updated} updated, {report.Unchanged} unchanged, {report.Rejected} rejected");
        await BulkCopy.InsertAsync(db, created.Users, cancellationToken);
        await BulkCopy.InsertAsync(db, created.Roles, cancellationToken);
        await BulkCopy.InsertAsync(db, created.Invitations, cancellationToken);
        await BulkCopy.InsertAsync(db, created.Mails, cancellationToken);
        await BulkCopy.InsertAsync(db, created.AuditEntries, cancellationToken);
        await db.CopyToOutboxAsync(created.Events, cancellationToken);
        // The updated accounts, their events and the import's own audit entry.
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (created.Events.Count > 0)
        {
            // EF did not write those outbox rows, so its interceptor cannot wake the dispatcher; the commit is done, so we do.
            outboxSignal.Notify();
        }

        return report;
    }

    private StaffImportRowResult Create(
        StaffCsvRow row,
        StaffAccountDetails details,
        string actor,
        IReadOnlyCollection<string> actorRoles,
        Dictionary<string, Guid> roleIds,
        DateTimeOffset now,
        NewAccounts created)
    {
        if (!RoleGrantRules.MayChange(actorRoles, [], details.Roles))
        {
            return Rejected(row, "roles", NotYours(actorRoles, details.Roles));
        }

        var user = ApplicationUser.CreateStaff(details, now);
        // What UserManager.CreateAsync would fill in; uniqueness was checked for the whole file at once.
        user.NormalizedEmail = users.NormalizeEmail(user.Email);
        user.NormalizedUserName = users.NormalizeName(user.UserName);
        created.Users.Add(user);
        created.Roles.AddRange(details.Roles.Select(role => new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roleIds[role] }));
        var (invitation, mail) = invitations.Prepare(user);
        created.Invitations.Add(invitation);
        created.Mails.Add(mail);
        created.Events.Add(StaffAnnouncements.Next(user, details.Roles, now)!);
        created.AuditEntries.Add(audit.Entry(AuditEvents.StaffAccountCreated, user.Id, actor, $"import: [{string.Join(",", details.Roles)}]"));
        created.AuditEntries.Add(audit.Entry(AuditEvents.InvitationSent, user.Id, actor));
        return new StaffImportRowResult(row.Line, details.Email, StaffImportOutcome.Created, user.Id, null);
    }

    private async Task<StaffImportRowResult> UpdateAsync(
        StaffCsvRow row,
        StaffAccountDetails details,
        ApplicationUser user,
        IReadOnlyList<string> current,
        string actor,
        IReadOnlyCollection<string> actorRoles,
        Dictionary<string, Guid> roleIds,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (user.StaffId is null)
        {
            return Rejected(row, "email", user.StudentId is not null || user.TrainerLinks.Count > 0
                ? "This address belongs to a student's or a workplace trainer's account, which cannot be a staff account."
                : "This address belongs to an account that is not a staff account (it has no staff id).");
        }

        var rolesChanged = !current.ToHashSet(StringComparer.Ordinal).SetEquals(details.Roles);
        var detailsChanged = user.DisplayName != details.DisplayName
            || (details.EmployeeNumber is not null && details.EmployeeNumber != user.EmployeeNumber)
            || (details.Language is not null && details.Language != user.Language);
        if (!rolesChanged && !detailsChanged)
        {
            return new StaffImportRowResult(row.Line, details.Email, StaffImportOutcome.Unchanged, user.Id, null);
        }

        if (user.Id.ToString() == actor)
        {
            return Rejected(row, "email", "This is your own account; another administrator changes it.");
        }

        if (rolesChanged && !RoleGrantRules.MayChange(actorRoles, current, details.Roles))
        {
            return Rejected(row, "roles", NotYours(actorRoles, current.Union(details.Roles)));
        }

        var changed = user.ApplyStaffDetails(details).ToList();
        if (rolesChanged)
        {
            foreach (var removed in current.Except(details.Roles))
            {
                db.UserRoles.Remove(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roleIds[removed] });
            }

            foreach (var added in details.Roles.Except(current))
            {
                db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roleIds[added] });
            }

            // Tokens carry roles: a removed role must not live on in a refresh token issued before (as PUT roles).
            await access.RevokeTokensAsync(user, cancellationToken);
            changed.Add($"roles [{string.Join(",", current)}] -> [{string.Join(",", details.Roles)}]");
        }

        StaffAnnouncements.Announce(db, user, details.Roles, now);
        audit.Record(AuditEvents.StaffAccountUpdated, user.Id, actor, $"import: {string.Join("; ", changed)}");
        return new StaffImportRowResult(row.Line, details.Email, StaffImportOutcome.Updated, user.Id, null);
    }

    private static string NotYours(IReadOnlyCollection<string> actorRoles, IEnumerable<string> roles) =>
        $"You may not grant or take away: {string.Join(", ", roles.Where(role => !RoleGrantRules.MayGrant(actorRoles, role)).Distinct())}.";

    private static StaffImportRowResult Rejected(StaffCsvRow row, string field, string message) =>
        Rejected(row, new Dictionary<string, string[]> { [field] = [message] });

    private static StaffImportRowResult Rejected(StaffCsvRow row, IReadOnlyDictionary<string, string[]> errors) =>
        new(row.Line, row.Details?.Email ?? row.Email, StaffImportOutcome.Rejected, null, errors);
}
