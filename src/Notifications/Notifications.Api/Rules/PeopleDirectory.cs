using Microsoft.EntityFrameworkCore;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Notifications.Rules;

/// <summary>
/// Every trainer and staff member, loaded once per scheduled run (a few thousand small rows), so the jobs resolve
/// recipients for 20,000 students in memory instead of a query per student. Same rules as <see cref="Recipients"/>.
/// </summary>
public sealed class PeopleDirectory
{
    private readonly Dictionary<Guid, Person> _trainers;
    private readonly Dictionary<Guid, Person> _staff;
    private readonly ILookup<Guid, Guid> _activeTrainersByCompany;

    private PeopleDirectory(List<Person> trainers, List<Person> staff)
    {
        _trainers = trainers.ToDictionary(t => t.Id);
        _staff = staff.ToDictionary(s => s.Id);
        _activeTrainersByCompany = trainers.Where(t => t.Active).OrderBy(t => t.Id).ToLookup(t => t.CompanyId, t => t.Id);
        Coordinators = [.. staff.Where(s => s.Active && s.IsCoordinator).Select(s => s.Id).Order()];
    }

    public IReadOnlyList<Guid> Coordinators { get; }

    public static async Task<PeopleDirectory> LoadAsync(NotificationsDbContext db, CancellationToken cancellationToken)
    {
        var trainers = await db.Trainers.AsNoTracking()
            .Select(t => new Person(t.Id, t.CompanyId, t.Active, t.Name, false))
            .ToListAsync(cancellationToken);
        var staff = await db.Staff.AsNoTracking()
            .Select(s => new Person(s.Id, Guid.Empty, s.Active, s.DisplayName, s.Roles.Contains(Roles.Coordinator)))
            .ToListAsync(cancellationToken);
        return new PeopleDirectory(trainers, staff);
    }

    public IReadOnlyList<Guid> Trainers(Guid? trainerId, Guid companyId)
    {
        if (trainerId is { } id && (!_trainers.TryGetValue(id, out var trainer) || (trainer.Active && trainer.CompanyId == companyId)))
        {
            return [id];
        }

        var active = _activeTrainersByCompany[companyId].ToList();
        return active.Count > 0 ? active : [Recipients.NobodyYet];
    }

    /// <summary>The staff member unless known to be deactivated.</summary>
    public Guid? StaffMember(Guid? staffId) =>
        staffId is { } id && (!_staff.TryGetValue(id, out var person) || person.Active) ? id : null;

    public Guid? SchoolContact(Guid? teacherStaffId, Guid? mentorStaffId) => StaffMember(teacherStaffId) ?? StaffMember(mentorStaffId);

    /// <summary>True when the recipient can no longer act: deactivated, or nobody was known.</summary>
    public bool HasLeft(RecipientKind kind, Guid id) => kind switch
    {
        RecipientKind.Trainer => id == Recipients.NobodyYet || (_trainers.TryGetValue(id, out var trainer) && !trainer.Active),
        RecipientKind.Staff => _staff.TryGetValue(id, out var staff) && !staff.Active,
        _ => false,
    };

    public string? NameOf(RecipientKind kind, Guid id) => kind switch
    {
        RecipientKind.Trainer => _trainers.TryGetValue(id, out var trainer) && trainer.Name.Length > 0 ? trainer.Name : null,
        RecipientKind.Staff => _staff.TryGetValue(id, out var staff) && staff.Name.Length > 0 ? staff.Name : null,
        _ => null,
    };

    private sealed record Person(Guid Id, Guid CompanyId, bool Active, string Name, bool IsCoordinator);
}
