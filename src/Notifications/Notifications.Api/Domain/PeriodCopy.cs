using PartnershipHub.Contracts;

namespace PartnershipHub.Notifications.Domain;

/// <summary>A placement period (from Companies' CapacityPublished) and the qualifications places were offered for in it.</summary>
public sealed class PeriodCopy
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public DateOnly Start { get; set; }

    public DateOnly End { get; set; }

    public List<string> Crebos { get; set; } = [];

    /// <summary>
    /// Name and dates from the publication; a crebo with places joins the period's list. A later 0 for one company does
    /// not take it off: another company may still offer places for it, and the count of unplaced students is then only
    /// more careful.
    /// </summary>
    public bool Apply(CapacityPublished e)
    {
        var changed = Name != e.PeriodName || Start != e.PeriodStart || End != e.PeriodEnd;
        Name = e.PeriodName;
        Start = e.PeriodStart;
        End = e.PeriodEnd;
        if (e.Places > 0 && !Crebos.Contains(e.Crebo))
        {
            Crebos = [.. Crebos, e.Crebo];
            changed = true;
        }

        return changed;
    }
}
