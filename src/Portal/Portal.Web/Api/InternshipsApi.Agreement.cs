using System.Net.Http.Headers;

namespace PartnershipHub.Portal.Api;

/// <summary>The agreement (POK): the card's reads and signatures, the guardian's link and page, the paper upload.</summary>
public sealed partial class InternshipsApi
{
    public Task<ApiResult<AgreementDetail>> AgreementDetailAsync(Guid placementId, CancellationToken cancellationToken = default) =>
        GetAsync<AgreementDetail>($"/api/placements/{placementId}/agreement", cancellationToken);

    /// <summary>The caller signs for their own party (student, company, school); Internships refuses anything else with 403.</summary>
    public Task<ApiResult<AgreementDetail>> SignOwnPartyAsync(Guid placementId, string party, CancellationToken cancellationToken = default) =>
        PostAsync<AgreementDetail>($"/api/placements/{placementId}/agreement/signatures", new OwnSignatureRequest(party), cancellationToken);

    public Task<ApiResult<AgreementDetail>> SendGuardianLinkAsync(Guid placementId, SendGuardianLinkRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<AgreementDetail>($"/api/placements/{placementId}/agreement/guardian-link", request, cancellationToken);

    /// <summary>The scanned paper agreement with, per party that signed it, the signer's name (a form field named after the party).</summary>
    public Task<ApiResult<AgreementDetail>> RecordPaperAsync(Guid placementId, PaperUpload upload, CancellationToken cancellationToken = default)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(upload.Pdf ?? []);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", string.IsNullOrWhiteSpace(upload.FileName) ? "overeenkomst.pdf" : upload.FileName);
        foreach (var signer in upload.Signers ?? [])
        {
            form.Add(new StringContent(signer.Name), signer.Party);
        }

        return SendAsync<AgreementDetail>(HttpMethod.Post, $"/api/placements/{placementId}/agreement/paper", form, cancellationToken);
    }

    /// <summary>The guardian's page (anonymous): what the link is for, or 404 / 409 when it cannot be used.</summary>
    public Task<ApiResult<GuardianAgreementSummary>> GuardianAgreementAsync(string token, CancellationToken cancellationToken = default) =>
        PostAsync<GuardianAgreementSummary>("/api/agreement-links/lookup", new GuardianTokenRequest(token), cancellationToken);

    public Task<ApiResult<GuardianAgreementSummary>> GuardianSignAsync(string token, string signerName, bool agree, CancellationToken cancellationToken = default) =>
        PostAsync<GuardianAgreementSummary>("/api/agreement-links/sign", new GuardianSignRequest(token, signerName, agree), cancellationToken);
}
