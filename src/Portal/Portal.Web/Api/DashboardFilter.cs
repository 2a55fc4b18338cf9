using System.Globalization;
using System.Text;

namespace PartnershipHub.Portal.Api;

/// <summary>
/// The dashboard's filters as the Insights API and the page's own address take them: <c>crebo</c>, <c>cohort</c>,
/// <c>periodId</c>, <c>from</c>, <c>to</c> (ISO dates); an empty value is left out, so the API applies its default.
/// </summary>
public sealed record DashboardFilter(string? Crebo, string? Cohort, Guid? PeriodId, DateOnly? From, DateOnly? To)
{
    public static DashboardFilter None { get; } = new(null, null, null, null, null);

    /// <summary>"crebo=25655&amp;from=2025-01-01", without a leading "?"; empty when nothing is chosen.</summary>
    public string ToQuery()
    {
        var query = new StringBuilder();
        Add(query, "crebo", Crebo);
        Add(query, "cohort", Cohort);
        Add(query, "periodId", PeriodId?.ToString());
        Add(query, "from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(query, "to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return query.ToString();
    }

    /// <summary>The query with <paramref name="more"/> appended ("a=1&amp;b=2"), or just <paramref name="more"/>.</summary>
    public string ToQuery(string more)
    {
        var query = ToQuery();
        return query.Length == 0 ? more : $"{query}&{more}";
    }

    private static void Add(StringBuilder query, string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (query.Length > 0)
        {
            query.Append('&');
        }

        query.Append(name).Append('=').Append(Uri.EscapeDataString(value.Trim()));
    }
}
