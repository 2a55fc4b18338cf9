using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Guidance.Domain;

/// <summary>
/// A published, versioned rubric. A version is never edited: a change is a new version with the same
/// <see cref="Key"/>, so assessments made on an older version keep meaning what they meant.
/// </summary>
public sealed class AttitudeFramework
{
    public static readonly AttitudeLevel[] ScaleLevels =
        [AttitudeLevel.NeedsAttention, AttitudeLevel.Developing, AttitudeLevel.Competent, AttitudeLevel.Strong];

    /// <summary>A rubric a trainer fills in on a phone: a handful of criteria, never hundreds.</summary>
    public const int MaxCriteria = 40;

    /// <summary>A qualification file holds a few dozen crebos at most.</summary>
    public const int MaxCrebos = 100;

    public const int MaxDescriptionLength = 2000;

    public const int MaxDescriptorLength = 1000;

    private AttitudeFramework()
    {
    }

    public Guid Id { get; private set; }

    public string Key { get; private set; } = "";

    public int Version { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The qualifications (crebo codes) it applies to; empty means all.</summary>
    public List<string> Crebos { get; private set; } = [];

    public List<FrameworkCriterion> Criteria { get; private set; } = [];

    public DateTimeOffset PublishedAt { get; private set; }

    public bool AppliesTo(string? crebo) => Crebos.Count == 0 || (crebo is not null && Crebos.Contains(crebo));

    public FrameworkCriterion? Criterion(string key) => Criteria.FirstOrDefault(c => c.Key == key);

    public static AttitudeFramework Publish(Guid id, string key, int version, string name, IEnumerable<string>? crebos, IReadOnlyList<FrameworkCriterion> criteria, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 60)
        {
            throw new FieldValidationException("key", "A framework needs a key of at most 60 characters.");
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            throw new FieldValidationException("name", "A framework needs a name of at most 200 characters.");
        }

        if (criteria.Count == 0)
        {
            throw new FieldValidationException("criteria", "A framework needs at least one criterion.");
        }

        RequestLists.EnsureElements(criteria, "criteria", MaxCriteria, "criteria");
        var crebosGiven = crebos?.ToList() ?? [];
        RequestLists.EnsureElements(crebosGiven, "crebos", MaxCrebos, "crebo codes");

        for (var i = 0; i < criteria.Count; i++)
        {
            var criterion = criteria[i];
            if (string.IsNullOrWhiteSpace(criterion.Key) || criterion.Key.Length > 60 || criterion.Key.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
            {
                throw new FieldValidationException($"criteria[{i}].key", "A criterion key is lower-case letters, digits and hyphens (at most 60).");
            }

            if (string.IsNullOrWhiteSpace(criterion.Name) || criterion.Name.Length > 200)
            {
                throw new FieldValidationException($"criteria[{i}].name", "A criterion needs a name of at most 200 characters.");
            }

            if (criterion.Description?.Length > MaxDescriptionLength)
            {
                throw new FieldValidationException($"criteria[{i}].description", $"At most {MaxDescriptionLength} characters.");
            }

            if (criterion.Descriptors is null)
            {
                throw new FieldValidationException($"criteria[{i}].descriptors", "Every level needs a descriptor.");
            }

            var extra = criterion.Descriptors.Keys.Where(level => !ScaleLevels.Contains(level)).ToList();
            if (extra.Count > 0)
            {
                throw new FieldValidationException($"criteria[{i}].descriptors", $"Only the levels of the scale have descriptors, not {string.Join(", ", extra)}.");
            }

            if (criterion.Descriptors.Values.Any(text => text?.Length > MaxDescriptorLength))
            {
                throw new FieldValidationException($"criteria[{i}].descriptors", $"A descriptor has at most {MaxDescriptorLength} characters.");
            }

            var missing = ScaleLevels.Where(level => !criterion.Descriptors.TryGetValue(level, out var text) || string.IsNullOrWhiteSpace(text)).ToList();
            if (missing.Count > 0)
            {
                throw new FieldValidationException($"criteria[{i}].descriptors", $"Every level needs a descriptor; missing: {string.Join(", ", missing)}.");
            }
        }

        var duplicate = criteria.GroupBy(c => c.Key).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new FieldValidationException("criteria", $"Criterion key '{duplicate.Key}' appears twice.");
        }

        var codes = crebosGiven.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        var badCrebo = codes.FirstOrDefault(c => c.Length != 5 || !c.All(char.IsAsciiDigit));
        if (badCrebo is not null)
        {
            throw new FieldValidationException("crebos", $"'{badCrebo}' is not a five-digit crebo code.");
        }

        return new AttitudeFramework
        {
            Id = id,
            Key = key.Trim(),
            Version = version,
            Name = name.Trim(),
            Crebos = codes,
            Criteria = [.. criteria.Select(c => c with { Name = c.Name.Trim(), Description = c.Description?.Trim() ?? "" })],
            PublishedAt = now,
        };
    }
}
