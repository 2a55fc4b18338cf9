using Microsoft.AspNetCore.Identity;
using PartnershipHub.Persistence.Conflicts;

namespace PartnershipHub.Identity.Domain;

/// <summary>
/// A person who signs in. Roles live in ASP.NET Identity's role tables; the ids the other services authorise on
/// (student, staff member, the companies a trainer works for) live here so every token carries them.
/// </summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    public Guid? StudentId { get; set; }

    public Guid? StaffId { get; set; }

    /// <summary>The school's own personnel number of a staff member, so a sign-in through the school's identity provider can find the account.</summary>
    public string? EmployeeNumber { get; set; }

    /// <summary>The student's number at school (from <c>StudentEnrolled</c>), for the same purpose.</summary>
    public string? StudentNumber { get; set; }

    /// <summary>The language mails and pages use for this person: <c>nl</c> (default) or <c>en</c>.</summary>
    public string Language { get; set; } = Languages.Dutch;

    /// <summary>Grows with every <c>StaffMemberChanged</c> published for this account, so consumers can drop late deliveries.</summary>
    public long StaffVersion { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeactivatedAt { get; private set; }

    /// <summary>Why the account was deactivated; <see cref="NoCompanyLeft"/> is undone by a new trainer registration.</summary>
    public string? DeactivationReason { get; private set; }

    public const string NoCompanyLeft = "no company left";

    /// <summary>409 rule: reactivating an account that is active.</summary>
    public const string NotDeactivatedRule = "not-deactivated";

    /// <summary>409 rule: a trainer whose last company let them go comes back through Companies, not by hand.</summary>
    public const string NoCompanyLeftRule = "no-company-left";

    public List<TrainerLink> TrainerLinks { get; } = [];

    public bool IsActive => DeactivatedAt is null;

    /// <summary>The companies this user currently trains for: one <c>company_id</c> claim each.</summary>
    public IReadOnlyList<Guid> ActiveCompanyIds => [.. TrainerLinks.Where(l => l.Active).Select(l => l.CompanyId).Distinct()];

    public static ApplicationUser Create(string email, string displayName, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        UserName = email,
        Email = email,
        DisplayName = displayName,
        CreatedAt = now,
        // Every account can be locked out after repeated failures, not only ones created through a form.
        LockoutEnabled = true,
        SecurityStamp = Guid.NewGuid().ToString("N"),
    };

    /// <summary>
    /// A school staff account: Identity issues its staff id here (never a caller), with the administrator's details.
    /// No password: the person chooses one through the invitation.
    /// </summary>
    public static ApplicationUser CreateStaff(StaffAccountDetails details, DateTimeOffset now)
    {
        var user = Create(details.Email, details.DisplayName, now);
        user.StaffId = Guid.CreateVersion7(now);
        user.EmployeeNumber = details.EmployeeNumber;
        user.Language = details.Language ?? Languages.Dutch;
        return user;
    }

    /// <summary>
    /// Takes over an import row's name, and its employee number and language when given (left out keeps them);
    /// answers what changed, empty when nothing did. The e-mail address is the row's key and never changes here.
    /// </summary>
    public IReadOnlyList<string> ApplyStaffDetails(StaffAccountDetails details)
    {
        List<string> changed = [];
        if (DisplayName != details.DisplayName)
        {
            DisplayName = details.DisplayName;
            changed.Add("displayName");
        }

        if (details.EmployeeNumber is { } number && EmployeeNumber != number)
        {
            EmployeeNumber = number;
            changed.Add("employeeNumber");
        }

        if (details.Language is { } language && Language != language)
        {
            Language = language;
            changed.Add("language");
        }

        return changed;
    }

    /// <summary>Stops every future sign-in; the caller revokes the tokens already issued.</summary>
    public void Deactivate(DateTimeOffset now, string reason = "by administrator")
    {
        if (!IsActive)
        {
            throw new InvalidOperationException("The account is already deactivated.");
        }

        DeactivatedAt = now;
        DeactivationReason = reason;
        // A new stamp invalidates any sign-in cookie issued before.
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    /// <summary>
    /// Lets a deactivated account sign in again (the administrator's undo of <see cref="Deactivate"/>). A trainer
    /// deactivated because no company is left is refused: a company registering them again brings them back.
    /// </summary>
    public void Reactivate()
    {
        if (IsActive)
        {
            throw new ConflictException(NotDeactivatedRule, "The account is not deactivated.");
        }

        if (DeactivationReason == NoCompanyLeft)
        {
            throw new ConflictException(NoCompanyLeftRule,
                "This workplace trainer was deactivated because no company has them any more; a company registering them again brings the account back.");
        }

        DeactivatedAt = null;
        DeactivationReason = null;
        // A new stamp, so nothing issued around the deactivation (a half-finished sign-in) carries over.
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    /// <summary>Links this account to a trainer record of a company; a repeated or older event changes nothing.</summary>
    public void LinkTrainer(Guid trainerId, Guid companyId, long version)
    {
        var link = TrainerLinks.FirstOrDefault(l => l.TrainerId == trainerId);
        if (link is null)
        {
            TrainerLinks.Add(new TrainerLink { TrainerId = trainerId, CompanyId = companyId, Active = true, Version = version });
        }
        else
        {
            link.Apply(companyId, active: true, version);
        }

        // Deactivated only because the last company let them go: a company that takes them on brings them back.
        if (DeactivationReason == NoCompanyLeft && TrainerLinks.Any(l => l.Active))
        {
            DeactivatedAt = null;
            DeactivationReason = null;
        }
    }

    /// <summary>Ends one trainer link; answers whether the account still has a reason to exist as a trainer.</summary>
    public bool UnlinkTrainer(Guid trainerId, Guid companyId, long version)
    {
        var link = TrainerLinks.FirstOrDefault(l => l.TrainerId == trainerId);
        link?.Apply(companyId, active: false, version);
        return TrainerLinks.Any(l => l.Active);
    }
}
