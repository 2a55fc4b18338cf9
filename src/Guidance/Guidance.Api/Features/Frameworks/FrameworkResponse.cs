using PartnershipHub.Guidance.Domain;
namespace PartnershipHub.Guidance.Features.Frameworks;

public sealed record FrameworkResponse(
    Guid FrameworkId,
    string Key,
    int Version,
    string Name,
    IReadOnlyList<string> Crebos,
    DateTimeOffset PublishedAt,
    IReadOnlyList<FrameworkCriterion> Criteria)
{
    public static FrameworkResponse From(AttitudeFramework f) => new(f.Id, f.Key, f.Version, f.Name, f.Crebos, f.PublishedAt, f.Criteria);
}
