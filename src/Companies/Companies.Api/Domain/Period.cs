using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Companies.Domain;

/// <summary>
/// A named placement period (e.g. "2026-2027 BPV 1"). Its id derives from the name, so every company's capacity
/// for the same period refers to one period, and a name cannot mean two different date ranges.
/// </summary>
public sealed class Period
{
    /// <summary>A BPV period runs for months; a BBL programme's work period at most for its few years.</summary>
    public const int MaxYears = 3;

    private Period()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public DateOnly Start { get; private set; }

    public DateOnly End { get; private set; }

    public static Guid IdFor(string name) => DeterministicGuid.Create("period:" + name.Trim().ToLowerInvariant());

    /// <summary>A validated period; <paramref name="field"/> is the path of its fields in the request ("" when the period is the whole body).</summary>
    public static Period Create(string? name, DateOnly start, DateOnly end, string field = "period")
    {
        field = field.Length == 0 ? "" : field + ".";
        var validName = Text.Required(name, $"{field}name", 100);
        if (end < start)
        {
            throw new FieldValidationException($"{field}end", "A period ends on or after its start.");
        }

        if (end > start.AddYears(MaxYears))
        {
            throw new FieldValidationException($"{field}end", $"A placement period lasts at most {MaxYears} years.");
        }

        return new Period { Id = IdFor(validName), Name = validName, Start = start, End = end };
    }

    /// <summary>Refuses a second meaning for an existing period name.</summary>
    public void EnsureSameDates(Period other)
    {
        if (other.Start != Start || other.End != End)
        {
            throw new ConflictException(ConflictRules.PeriodDatesDiffer, $"Period '{Name}' already runs from {Start:yyyy-MM-dd} to {End:yyyy-MM-dd}.");
        }
    }
}
