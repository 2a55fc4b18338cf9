namespace PartnershipHub.Portal.CsvImports;

/// <summary>One column of an import file: its header (as the service reads it), whether it must be there, an example value.</summary>
public sealed record ImportColumn(string Name, bool Required, string Example);

/// <summary>
/// What each import reads, for the page's column guide and the downloadable template (a header and one example row).
/// The headers are the services' own (StudentCsvColumns, Companies' ImportColumns, AbsenceCsvColumns); each column's
/// meaning is the resource text <c>Imports.Column.{kind}.{column}</c>, which also explains a refused value.
/// </summary>
public sealed record ImportKind(string Name, char Separator, IReadOnlyList<ImportColumn> Columns)
{
    public static ImportKind Students { get; } = new("students", ',',
    [
        new("studentNumber", true, "100001"),
        new("firstName", true, "Sem"),
        new("lastName", true, "de Jong"),
        new("dateOfBirth", true, "2009-04-12"),
        new("email", false, "sem.dejong@example.nl"),
        new("phone", false, "06 11111111"),
        new("homePostcode", false, "3511 AB"),
        new("cohort", true, "2025-VK2"),
        new("crebo", true, "25258"),
        new("qualificationName", true, "Verkoper"),
        new("level", true, "2"),
        new("route", true, "BOL"),
        new("startDate", true, "2025-09-01"),
        new("expectedEndDate", true, "2027-07-01"),
        new("team", false, "Retail"),
        new("mentorStaffId", false, ""),
    ]);

    public static ImportKind Companies { get; } = new("companies", ',',
    [
        new("kvk_number", true, "30123456"),
        new("name", true, "Bakkerij De Korenaar"),
        new("sbb_id", false, "100234"),
        new("sector", false, "Retail"),
        new("street", true, "Oudegracht 120"),
        new("postcode", true, "3511 AX"),
        new("city", true, "Utrecht"),
        new("latitude", false, ""),
        new("longitude", false, ""),
        new("contact_name", false, "Els Visser"),
        new("contact_email", false, "els@korenaar.example"),
        new("contact_phone", false, "030-2311111"),
        new("active", false, "true"),
        new("offers", false, "close-supervision|fixed-daily-structure"),
    ]);

    public static ImportKind Absence { get; } = new("absence", ';',
    [
        new("studentNumber", true, "100001"),
        new("date", true, "2026-10-05"),
        new("hours", false, "2"),
        new("minutes", false, ""),
        new("authorised", true, "nee"),
        new("reason", false, "ziek"),
        new("period", false, "day"),
    ]);

    public static IReadOnlyList<ImportKind> All { get; } = [Students, Companies, Absence];

    public string TemplateUrl => $"/imports/templates/{Name}.csv";

    /// <summary>The template: the header and one example row, UTF-8, the separator the school's own exports tend to use.</summary>
    public string Template()
    {
        var separator = Separator.ToString();
        return string.Join(separator, Columns.Select(c => c.Name)) + "\r\n" + string.Join(separator, Columns.Select(c => c.Example)) + "\r\n";
    }
}
