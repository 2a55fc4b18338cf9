using PartnershipHub.Companies.Domain;

namespace PartnershipHub.Companies.Features.Periods;

/// <summary>A placement period; <see cref="Ended"/> says its last day has passed, so no places are published for it any more.</summary>
public sealed record PeriodResponse(Guid Id, string Name, DateOnly Start, DateOnly End, bool Ended)
{
    public static PeriodResponse From(Period period, DateOnly today) => new(period.Id, period.Name, period.Start, period.End, period.End < today);
}
