using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Students.Domain;

/// <summary>Collects every broken rule of one input, so the caller learns about all its fields at once, not one per try.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new FieldValidationException(ToDictionary());
        }
    }

    /// <summary>Trims <paramref name="value"/>; records an error when it is required and missing or longer than allowed.</summary>
    public string? Text(string field, string? value, int maxLength, bool required)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (trimmed is null)
        {
            if (required)
            {
                Add(field, "This field is required.");
            }

            return null;
        }

        if (trimmed.Length > maxLength)
        {
            Add(field, $"At most {maxLength} characters.");
        }

        return trimmed;
    }

    public T Required<T>(string field, T? value) where T : struct
    {
        // A value that failed to parse was already reported under this field; "required" would only repeat it.
        if (value is null && !_errors.ContainsKey(field))
        {
            Add(field, "This field is required.");
        }

        return value.GetValueOrDefault();
    }
}
