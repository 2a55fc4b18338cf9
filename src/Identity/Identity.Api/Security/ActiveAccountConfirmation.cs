using Microsoft.AspNetCore.Identity;
using PartnershipHub.Identity.Domain;

namespace PartnershipHub.Identity.Security;

/// <summary>SignInManager asks this before every sign-in and refresh; a deactivated account is "not confirmed".</summary>
internal sealed class ActiveAccountConfirmation : IUserConfirmation<ApplicationUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<ApplicationUser> manager, ApplicationUser user) => Task.FromResult(user.IsActive);
}
