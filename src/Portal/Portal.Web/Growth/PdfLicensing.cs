using PdfSharp;

namespace PartnershipHub.Portal.Growth;

/// <summary>
/// PDFsharp 6.5 refuses to work until the application chooses its licence: the AGPL or a commercial key
/// (docs.pdfsharp.net, "License loading"). That choice binds the whole portal, so it is configuration, not code:
/// <c>Pdf:License</c> = <c>agpl</c> or the commercial key. Without it the growth document is switched off.
/// </summary>
public static class PdfLicensing
{
    public static bool Configure(string? license)
    {
        if (string.IsNullOrWhiteSpace(license))
        {
            return false;
        }

        try
        {
            if (string.Equals(license, "agpl", StringComparison.OrdinalIgnoreCase))
            {
                PdfSharpLicense.SetAgplLicense();
            }
            else
            {
                PdfSharpLicense.LoadLicense(license);
            }

            return true;
        }
        catch (PdfSharp.License.PdfSharpLicenseException)
        {
            return false;
        }
    }
}
