using PartnershipHub.Contracts;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Companies.Domain;

/// <summary>
/// A training company (leerbedrijf) and everything that belongs to it: locations, accreditations, trainers and
/// capacity. It is the unit of consistency and of versioning: <see cref="Version"/> grows with every event it
/// publishes, so consumers can drop stale deliveries.
/// </summary>
public sealed class Company
{
    private readonly List<CompanyLocation> _locations = [];
    private readonly List<Accreditation> _accreditations = [];
    private readonly List<Trainer> _trainers = [];
    private readonly List<CapacityEntry> _capacity = [];

    private Company()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public string KvkNumber { get; private set; } = "";

    /// <summary>The company's number in SBB's register of training companies, when known.</summary>
    public string? SbbId { get; private set; }

    public string? Sector { get; private set; }

    public bool Active { get; private set; }

    public ContactPerson Contact { get; private set; } = new(null, null, null);

    public CooperationAgreement Cooperation { get; private set; } = CooperationAgreement.None;

    public long Version { get; private set; }

    public IReadOnlyList<CompanyLocation> Locations => _locations;

    public IReadOnlyList<Accreditation> Accreditations => _accreditations;

    public IReadOnlyList<Trainer> Trainers => _trainers;

    public IReadOnlyList<CapacityEntry> Capacity => _capacity;

    public static Company Register(Guid id, CompanyDetails details)
    {
        var company = new Company { Id = id };
        company.Update(details);
        return company;
    }

    /// <summary>Replaces the company's stated details; false when they are what they already were.</summary>
    public bool Update(CompanyDetails details)
    {
        if (KvkNumber.Length > 0 && details.KvkNumber != KvkNumber)
        {
            // The KvK number is the company's identity in the register and the import's key.
            throw new FieldValidationException("kvkNumber", "The KvK number of a registered company cannot change.");
        }

        var unchanged = Name == details.Name && SbbId == details.SbbId && Sector == details.Sector && Active == details.Active
            && Contact == details.Contact && Cooperation.SameAs(details.Cooperation) && LocationsMatch(details.Locations);
        if (unchanged)
        {
            return false;
        }

        Name = details.Name;
        KvkNumber = details.KvkNumber;
        SbbId = details.SbbId;
        Sector = details.Sector;
        Active = details.Active;
        Contact = details.Contact;
        Cooperation = details.Cooperation;
        ReplaceLocations(details.Locations);
        return true;
    }

    /// <summary>The part a company's own trainer may change.</summary>
    public bool ChangeContact(ContactPerson contact)
    {
        if (Contact == contact)
        {
            return false;
        }

        Contact = contact;
        return true;
    }

    /// <summary>Replaces the main location only (an import row describes one address); other locations stay.</summary>
    public CompanyDetails WithMainLocation(CompanyDetails imported) =>
        imported with { Locations = [imported.Locations[0], .. Locations.OrderBy(l => l.Position).Skip(1).Select(Describe)] };

    public Accreditation? FindAccreditation(string crebo) => _accreditations.Find(a => a.Crebo == crebo);

    public bool IsAccreditedFor(string crebo, DateOnly day) => FindAccreditation(crebo)?.IsCurrentOn(day) ?? false;

    /// <summary>Grants a new accreditation, or extends or renews the one for this crebo; false when nothing changes.</summary>
    public bool GrantAccreditation(string crebo, IReadOnlyList<LearningRoute> routes, DateOnly validFrom, DateOnly? validTo)
    {
        if (routes.Count == 0)
        {
            throw new FieldValidationException("routes", "Name at least one learning route (BOL, BBL).");
        }

        if (validTo < validFrom)
        {
            throw new FieldValidationException("validTo", "An accreditation ends on or after the day it starts.");
        }

        for (var i = 0; i < routes.Count; i++)
        {
            if (!Enum.IsDefined(routes[i]))
            {
                throw new FieldValidationException($"routes[{i}]", "BOL or BBL.");
            }
        }

        var accreditation = FindAccreditation(crebo);
        if (accreditation is null)
        {
            accreditation = Accreditation.Create(Id, crebo);
            _accreditations.Add(accreditation);
        }

        return accreditation.Grant(routes, validFrom, validTo);
    }

    /// <summary>
    /// Revokes the accreditation and withdraws its places: a company without a current accreditation never
    /// receives students for that qualification. Returns the capacity entries that were withdrawn.
    /// </summary>
    public IReadOnlyList<CapacityEntry> RevokeAccreditation(Accreditation accreditation, string? reason, DateOnly on)
    {
        var validReason = Text.Required(reason, "reason", 500);
        if (accreditation.IsRevoked)
        {
            throw new ConflictException(ConflictRules.AccreditationAlreadyRevoked, $"The accreditation for {accreditation.Crebo} was already revoked on {accreditation.RevokedOn:yyyy-MM-dd}.");
        }

        accreditation.Revoke(validReason, on);
        return _capacity.Where(c => c.Crebo == accreditation.Crebo && c.SetPlaces(0)).ToList();
    }

    public Trainer RegisterTrainer(Guid trainerId, TrainerDetails details)
    {
        EnsureEmailFree(details.Email, trainerId);
        var trainer = Trainer.Create(trainerId, Id, details);
        _trainers.Add(trainer);
        return trainer;
    }

    public bool UpdateTrainer(Trainer trainer, TrainerDetails details)
    {
        trainer.EnsureNotErased();
        EnsureEmailFree(details.Email, trainer.Id);
        return trainer.Apply(details);
    }

    /// <summary>
    /// Erases a trainer's personal data (right to erasure); false when it already was. Placements elsewhere keep the
    /// trainer's id, so the record stays as a tombstone rather than being deleted.
    /// </summary>
    public bool EraseTrainer(Trainer trainer) => trainer.Erase();

    /// <summary>Sets the places for one qualification in one period; false when they are already that.</summary>
    public bool SetCapacity(Period period, string crebo, int places, string field)
    {
        if (places is < 0 or > 1000)
        {
            throw new FieldValidationException($"{field}.places", "Places are between 0 and 1000.");
        }

        if (places > 0 && FindAccreditation(crebo)?.Overlaps(period.Start, period.End) != true)
        {
            throw new ConflictException(ConflictRules.PlacesNeedAccreditation, $"The company has no accreditation for {crebo} during period '{period.Name}', so it cannot offer places for it.");
        }

        var entry = _capacity.Find(c => c.PeriodId == period.Id && c.Crebo == crebo);
        if (entry is null)
        {
            if (places == 0)
            {
                return false;
            }

            entry = CapacityEntry.Create(Id, period.Id, crebo);
            _capacity.Add(entry);
        }

        return entry.SetPlaces(places);
    }

    /// <summary>The next version, taken once for every event published about this company.</summary>
    public long NextVersion() => ++Version;

    private static LocationDetails Describe(CompanyLocation location) =>
        new(location.Id, location.Street, location.Postcode, location.City, location.Latitude, location.Longitude, location.CoordinatesSource);

    private void EnsureEmailFree(string email, Guid trainerId)
    {
        if (_trainers.Any(t => t.Email == email && t.Id != trainerId))
        {
            throw new ConflictException(ConflictRules.TrainerEmailTaken, $"Another trainer of this company already uses {email}.");
        }
    }

    private bool LocationsMatch(IReadOnlyList<LocationDetails> locations)
    {
        var current = _locations.OrderBy(l => l.Position).ToList();
        return current.Count == locations.Count
            && current.Select((location, index) => location.Matches(index, locations[index])
                && (locations[index].Id is null || locations[index].Id == location.Id)).All(same => same);
    }

    private void ReplaceLocations(IReadOnlyList<LocationDetails> locations)
    {
        var kept = new List<CompanyLocation>();
        for (var position = 0; position < locations.Count; position++)
        {
            var details = locations[position];
            // Keep a location's id when the caller names it, or when the main location is simply edited in place.
            var existing = details.Id is { } id
                ? _locations.Find(l => l.Id == id)
                : _locations.Find(l => l.Position == position && !kept.Contains(l) && l.Postcode == details.Postcode);
            if (existing is null || kept.Contains(existing))
            {
                // An id that is not this company's is ignored: location ids are never chosen by callers.
                kept.Add(CompanyLocation.Create(Id, position, details with { Id = null }));
            }
            else
            {
                existing.Apply(position, details);
                kept.Add(existing);
            }
        }

        _locations.RemoveAll(l => !kept.Contains(l));
        foreach (var location in kept.Where(l => !_locations.Contains(l)))
        {
            _locations.Add(location);
        }
    }
}
