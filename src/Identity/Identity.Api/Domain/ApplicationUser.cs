using Microsoft.AspNetCore.Identity;

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
