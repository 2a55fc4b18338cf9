using System.Linq.Expressions;
using PartnershipHub.Contracts;
using StaffRoles = PartnershipHub.ServiceDefaults.Security.Roles;

namespace PartnershipHub.Students.Domain;

/// <summary>
/// A school staff member as Identity last announced them (StaffMemberChanged): who may be a student's mentor. Students
/// never reads Identity's database; this copy keeps the highest <see cref="Version"/> per staff id, so a late delivery
/// never brings back a role or an account that is gone.
/// </summary>
public sealed class StaffMemberCopy
{
    /// <summary>The only rule this copy serves: an active account that holds the mentor role (as a query, so lists filter in SQL).</summary>
    public static readonly Expression<Func<StaffMemberCopy, bool>> IsActiveMentor = s => s.Active && s.Roles.Contains(StaffRoles.Mentor);

    private static readonly Func<StaffMemberCopy, bool> IsActiveMentorCompiled = IsActiveMentor.Compile();

    public const int MaxDisplayName = 200;

    private StaffMemberCopy()
    {
    }

    public Guid StaffId { get; private set; }

    public Guid UserId { get; private set; }

    public string DisplayName { get; private set; } = "";

    public string[] Roles { get; private set; } = [];

    public bool Active { get; private set; }

    /// <summary>Identity's version; 0 for a demo seed's placeholder, which Identity's first event (version 1 or more) replaces.</summary>
    public long Version { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public bool ActsAsMentor => IsActiveMentorCompiled(this);

    public static StaffMemberCopy From(StaffMemberChanged e)
    {
        // Below any version, so the first event always applies.
        var copy = new StaffMemberCopy { StaffId = e.StaffId, Version = long.MinValue };
        copy.Apply(e);
        return copy;
    }

    /// <summary>
    /// A demo mentor known before Identity's event arrives (Students' demo seed assigns them at once). Version 0: any
    /// event of Identity's (version 1 or more) replaces it.
    /// </summary>
    public static StaffMemberCopy DemoMentor(Guid staffId, string displayName, DateTimeOffset at) => new()
    {
        StaffId = staffId,
        UserId = Guid.Empty,
        DisplayName = displayName,
        Roles = [StaffRoles.Mentor],
        Active = true,
        Version = 0,
        ChangedAt = at,
    };

    /// <summary>Takes the event when it is newer than the copy; false for a late or repeated delivery.</summary>
    public bool Apply(StaffMemberChanged e)
    {
        if (e.StaffId != StaffId)
        {
            throw new InvalidOperationException($"Staff member {e.StaffId}'s event applied to the copy of {StaffId}.");
        }

        if (e.Version <= Version)
        {
            return false;
        }

        UserId = e.UserId;
        // Identity allows 200 characters; a longer name must not stop the copy (the column holds 200).
        DisplayName = e.DisplayName.Length > MaxDisplayName ? e.DisplayName[..MaxDisplayName] : e.DisplayName;
        Roles = [.. e.Roles.Select(r => r.Trim().ToLowerInvariant()).Where(r => r.Length > 0).Distinct().Order(StringComparer.Ordinal)];
        Active = e.Active;
        Version = e.Version;
        ChangedAt = e.ChangedAt;
        return true;
    }
}
