namespace PartnershipHub.Internships.Features.Placements;

/// <summary>A list's free-text search as an ILIKE pattern: the words as typed, anywhere in the text, wildcards taken literally.</summary>
public static class Search
{
    public const string Escape = "\\";

    public static string? Pattern(string? search)
    {
        var text = search?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > 100)
        {
            throw new ServiceDefaults.Errors.FieldValidationException("search", "Search with at most 100 characters.");
        }

        return "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
    }
}
