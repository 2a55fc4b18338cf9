using PartnershipHub.Contracts;

namespace PartnershipHub.Internships.Domain;

/// <summary>
/// A workplace trainer as Companies last described them. The profile (TrainerRegistered: registered, changed or active
/// again) and the active flag (also TrainerDeactivated) keep their own versions, so a deactivation that arrives before
/// the registration leaves the profile to it and stays inactive. An erasure blanks the name with the highest version
/// Companies ever gives the trainer, so no registration from before it brings the name back.
/// </summary>
public sealed class TrainerCopy
{
    public Guid Id { get; set; }

    public Guid CompanyId { get; set; }

    public string Name { get; set; } = "";

    public List<string> Crebos { get; set; } = [];

    public int MaxStudents { get; set; }

    public bool Active { get; set; }

    /// <summary>The version of the profile (company, name, crebos, capacity).</summary>
    public long Version { get; set; }

    public long ActiveVersion { get; set; }

    public void Apply(TrainerRegistered e)
    {
        if (e.Version > Version)
        {
            CompanyId = e.CompanyId;
            Name = e.Name;
            Crebos = [.. e.Crebos];
            MaxStudents = e.MaxStudents;
            Version = e.Version;
        }

        SetActive(true, e.Version);
    }

    public void Apply(TrainerDeactivated e)
    {
        if (Version == 0)
        {
            CompanyId = e.CompanyId;
        }

        SetActive(false, e.Version);
    }

    /// <summary>The person was erased: the name goes, the id stays for the placements that name it.</summary>
    public void Apply(TrainerErased e)
    {
        if (Version == 0)
        {
            CompanyId = e.CompanyId;
        }

        if (e.Version > Version)
        {
            Name = "";
            Version = e.Version;
        }

        SetActive(false, e.Version);
    }

    private void SetActive(bool active, long version)
    {
        if (version > ActiveVersion)
        {
            Active = active;
            ActiveVersion = version;
        }
    }
}
