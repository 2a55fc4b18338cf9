using PartnershipHub.Contracts;
using PartnershipHub.Insights.Domain;

namespace PartnershipHub.Insights.Projections;

/// <summary>
/// A trainer's company, e-mail address (lower case, to match a signed-in trainer) and whether they are active, from
/// Companies' events: the highest version wins. Erasure empties the address for good.
/// </summary>
public static class TrainerFactRules
{
    public static bool Apply(this TrainerFact trainer, TrainerRegistered e)
    {
        if (e.Version <= trainer.Version)
        {
            return false;
        }

        trainer.CompanyId = e.CompanyId;
        trainer.Email = e.Email.Trim().ToLowerInvariant();
        trainer.Active = true;
        trainer.Version = e.Version;
        return true;
    }

    public static bool Apply(this TrainerFact trainer, TrainerDeactivated e)
    {
        if (e.Version <= trainer.Version)
        {
            return false;
        }

        trainer.CompanyId = e.CompanyId;
        trainer.Active = false;
        trainer.Version = e.Version;
        return true;
    }

    /// <summary>Whatever its version: no later event about an erased trainer follows, and an older one must not restore the address.</summary>
    public static void Apply(this TrainerFact trainer, TrainerErased e)
    {
        trainer.CompanyId = e.CompanyId;
        trainer.Email = "";
        trainer.Active = false;
        trainer.Version = Math.Max(trainer.Version, e.Version);
    }
}
