using PartnershipHub.Internships.Domain;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Internships.Features.Agreements;

/// <summary>A paper agreement as uploaded: the PDF and, per party that signed it, the signer's name.</summary>
public sealed record PaperUpload(string FileName, byte[] Content, IReadOnlyDictionary<AgreementParty, string> Signers)
{
    public static readonly IReadOnlyDictionary<string, AgreementParty> PartyFields = new Dictionary<string, AgreementParty>(StringComparer.OrdinalIgnoreCase)
    {
        ["student"] = AgreementParty.Student,
        ["guardian"] = AgreementParty.Guardian,
        ["school"] = AgreementParty.School,
        ["company"] = AgreementParty.Company,
    };

    /// <summary>Reads and checks the form: 400 naming <c>file</c> (missing, over 10 MB, not a PDF), a party field without a name, or <c>parties</c> when none is ticked.</summary>
    public static async Task<PaperUpload> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        if (!http.HasFormContentType)
        {
            throw new FieldValidationException("file", "Upload the scanned agreement as multipart/form-data in the field 'file'.");
        }

        var form = await http.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            throw new FieldValidationException("file", "Choose the scanned agreement (a PDF).");
        }

        if (file.Length > AgreementDocument.MaxBytes)
        {
            throw new FieldValidationException("file", "The scan is at most 10 MB.");
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        if (!AgreementDocument.LooksLikePdf(content))
        {
            throw new FieldValidationException("file", "The scan must be a PDF file.");
        }

        var signers = new Dictionary<AgreementParty, string>();
        foreach (var (field, party) in PartyFields)
        {
            if (!form.TryGetValue(field, out var values))
            {
                continue;
            }

            var name = values.ToString().Trim();
            if (name.Length is 0 or > 200)
            {
                throw new FieldValidationException(field, "Name who signed on paper (at most 200 characters).");
            }

            signers[party] = name;
        }

        if (signers.Count == 0)
        {
            throw new FieldValidationException("parties", "Tick at least one party that signed on paper, with the signer's name.");
        }

        var fileName = Path.GetFileName(file.FileName ?? "").Trim();
        return new PaperUpload(fileName.Length is > 0 and <= 255 ? fileName : "overeenkomst.pdf", content, signers);
    }
}
