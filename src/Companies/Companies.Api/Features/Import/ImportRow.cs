using System.Globalization;
using PartnershipHub.Companies.Domain;
using PartnershipHub.Geography;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Companies.Features.Import;

/// <summary>One valid row of the file: the company as the row states it, and which optional columns the file has.</summary>
public sealed record ImportRow(int Row, CompanyDetails Details, ImportColumns Columns)
{
    private static readonly char[] OfferSeparators = ['|', ';'];

    /// <summary>Validates a record with the domain's own rules; the errors name CSV columns.</summary>
    public static ImportRow Parse(int row, string[] record, ImportColumns columns, PostcodeAreas areas)
    {
        try
        {
            var location = LocationDetails.Create(
                null,
                columns.Get(record, ImportColumns.Street),
                columns.Get(record, ImportColumns.Postcode),
                columns.Get(record, ImportColumns.City),
                Number(record, columns, ImportColumns.Latitude),
                Number(record, columns, ImportColumns.Longitude),
                areas,
                "");
            var details = CompanyDetails.Create(
                columns.Get(record, ImportColumns.Name),
                columns.Get(record, ImportColumns.KvkNumber),
                columns.Get(record, ImportColumns.SbbId),
                columns.Get(record, ImportColumns.Sector),
                Flag(record, columns),
                ContactPerson.Create(
                    columns.Get(record, ImportColumns.ContactName),
                    columns.Get(record, ImportColumns.ContactEmail),
                    columns.Get(record, ImportColumns.ContactPhone),
                    "contact"),
                CooperationAgreement.Create(null, null, null, columns.Get(record, ImportColumns.Offers)?.Split(OfferSeparators, StringSplitOptions.RemoveEmptyEntries), "cooperation"),
                [location]);
            return new ImportRow(row, details, columns);
        }
        catch (FieldValidationException exception)
        {
            throw new FieldValidationException(exception.Errors.ToDictionary(e => ColumnOf(e.Key), e => e.Value));
        }
    }

    /// <summary>
    /// The company's new details: the row's values, except that optional columns missing from the file keep the
    /// existing company's values, and only the main location is replaced.
    /// </summary>
    public CompanyDetails MergeInto(Company? existing)
    {
        if (existing is null)
        {
            return Details;
        }

        var current = existing.Contact;
        var row = Details.Contact;
        return existing.WithMainLocation(Details with
        {
            SbbId = Columns.Has(ImportColumns.SbbId) ? Details.SbbId : existing.SbbId,
            Sector = Columns.Has(ImportColumns.Sector) ? Details.Sector : existing.Sector,
            Active = Columns.Has(ImportColumns.Active) ? Details.Active : existing.Active,
            Contact = new ContactPerson(
                Columns.Has(ImportColumns.ContactName) ? row.Name : current.Name,
                Columns.Has(ImportColumns.ContactEmail) ? row.Email : current.Email,
                Columns.Has(ImportColumns.ContactPhone) ? row.Phone : current.Phone),
            // The file knows nothing of the agreed way of working; only the offers may come from it.
            Cooperation = existing.Cooperation with
            {
                Offers = Columns.Has(ImportColumns.Offers) ? Details.Cooperation.Offers : existing.Cooperation.Offers,
            },
        });
    }

    private static double? Number(string[] record, ImportColumns columns, string column)
    {
        var text = columns.Get(record, column);
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FieldValidationException(column, "Not a number (use a decimal point: 52.0907).");
    }

    private static bool Flag(string[] record, ImportColumns columns) =>
        columns.Get(record, ImportColumns.Active)?.ToLowerInvariant() switch
        {
            null or "true" or "1" or "yes" or "ja" or "j" or "y" => true,
            "false" or "0" or "no" or "nee" or "n" => false,
            _ => throw new FieldValidationException(ImportColumns.Active, "Use true or false (or ja/nee, 1/0)."),
        };

    /// <summary>"kvkNumber" → "kvk_number", "contact.email" → "contact_email", "cooperation.offers[2]" → "offers".</summary>
    private static string ColumnOf(string field)
    {
        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        var name = (bracket >= 0 ? field[..bracket] : field).Replace("cooperation.", "", StringComparison.Ordinal).Replace('.', '_');
        return string.Concat(name.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));
    }
}
