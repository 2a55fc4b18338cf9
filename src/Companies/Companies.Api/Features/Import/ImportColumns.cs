namespace PartnershipHub.Companies.Features.Import;

/// <summary>
/// The CSV columns of a register export (README, "Importing companies"). The header names them, in any order;
/// the required ones must be there. An optional column left out of the header leaves that value of an existing
/// company as it is; an optional column present but empty in a row clears it.
/// </summary>
public sealed class ImportColumns
{
    public const string KvkNumber = "kvk_number";
    public const string Name = "name";
    public const string SbbId = "sbb_id";
    public const string Sector = "sector";
    public const string Street = "street";
    public const string Postcode = "postcode";
    public const string City = "city";
    public const string Latitude = "latitude";
    public const string Longitude = "longitude";
    public const string ContactName = "contact_name";
    public const string ContactEmail = "contact_email";
    public const string ContactPhone = "contact_phone";
    public const string Active = "active";
    public const string Offers = "offers";

    public static readonly IReadOnlyList<string> Required = [KvkNumber, Name, Street, Postcode, City];

    public static readonly IReadOnlyList<string> All =
        [KvkNumber, Name, SbbId, Sector, Street, Postcode, City, Latitude, Longitude, ContactName, ContactEmail, ContactPhone, Active, Offers];

    private readonly Dictionary<string, int> _indexes;

    private ImportColumns(Dictionary<string, int> indexes, int count)
    {
        _indexes = indexes;
        Count = count;
    }

    /// <summary>Number of columns in the header; every row must have as many.</summary>
    public int Count { get; }

    /// <summary>Reads the header; null with the missing required columns when it is not usable.</summary>
    public static ImportColumns? FromHeader(string[] header, out IReadOnlyList<string> missing)
    {
        var indexes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            indexes.TryAdd(header[i].Trim().TrimStart('\uFEFF'), i);
        }

        missing = Required.Where(column => !indexes.ContainsKey(column)).ToList();
        return missing.Count == 0 ? new ImportColumns(indexes, header.Length) : null;
    }

    public bool Has(string column) => _indexes.ContainsKey(column);

    /// <summary>The trimmed value of <paramref name="column"/>, or null when the column is absent or the cell empty.</summary>
    public string? Get(string[] record, string column) =>
        _indexes.TryGetValue(column, out var index) && record[index].Trim() is { Length: > 0 } value ? value : null;
}
