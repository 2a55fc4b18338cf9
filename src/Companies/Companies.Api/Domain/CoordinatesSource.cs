namespace PartnershipHub.Companies.Domain;

/// <summary>Where a location's coordinates came from; <see cref="Missing"/> flags a location matching cannot place.</summary>
public enum CoordinatesSource
{
    Given,
    PostcodeArea,
    Missing,
}
