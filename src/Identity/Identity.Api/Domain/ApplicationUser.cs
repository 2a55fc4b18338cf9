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

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeactivatedAt { get; private set; }

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
    public void Deactivate(DateTimeOffset now)
    {
        if (!IsActive)
        {
            throw new InvalidOperationException("The account is already deactivated.");
        }

        DeactivatedAt = now;
        // A new stamp invalidates any sign-in cookie issued before.
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public void Reactivate() => DeactivatedAt = null;

    /// <summary>Links this account to a trainer record of a company; a repeated or older event changes nothing.</summary>
    public void LinkTrainer(Guid trainerId, Guid companyId, long version)
    {
        var link = TrainerLinks.FirstOrDefault(l => l.TrainerId == trainerId);
        if (link is null)
        {
            TrainerLinks.Add(new TrainerLink { TrainerId = trainerId, CompanyId = companyId, Active = true, Version = version });
            return;
        }

        link.Apply(companyId, active: true, version);
    }

    /// <summary>Ends one trainer link; answers whether the account still has a reason to exist as a trainer.</summary>
    public bool UnlinkTrainer(Guid trainerId, Guid companyId, long version)
    {
        var link = TrainerLinks.FirstOrDefault(l => l.TrainerId == trainerId);
        link?.Apply(companyId, active: false, version);
        return TrainerLinks.Any(l => l.Active);
    }
}
