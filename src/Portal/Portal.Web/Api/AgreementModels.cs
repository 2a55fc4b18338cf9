namespace PartnershipHub.Portal.Api;

// Internships' agreement (POK) answers (docs/internships-service.md, "The agreement"); parties, methods and states are
// camelCase: student, guardian, school, company; portal, paper, guardianLink; unsigned, partlySigned, signed, cancelled.
public sealed record AgreementSignatureView(
    string Party, string Method, string? SignerName, string? GuardianName, string? RecordedBy, DateTimeOffset SignedAt, Guid? DocumentId = null);

public sealed record GuardianLinkView(string GuardianName, string? GuardianEmail, DateTimeOffset SentAt, DateTimeOffset ExpiresAt, DateTimeOffset? UsedAt);

public sealed record AgreementDocumentView(Guid Id, string FileName, long Size, IReadOnlyList<string> Parties, DateTimeOffset UploadedAt);

/// <summary>The agreement as the card shows it: <see cref="AgreementStatus"/> is the agreement's own, <see cref="Status"/> the placement's.</summary>
public sealed record AgreementDetail(
    Guid PlacementId,
    string Status,
    bool StudentIsMinor,
    IReadOnlyList<AgreementSignatureView>? Signatures,
    IReadOnlyList<string>? Missing,
    string? AgreementStatus,
    IReadOnlyList<string>? Required,
    GuardianLinkView? GuardianLink,
    IReadOnlyList<AgreementDocumentView>? Documents)
{
    private static readonly string[] PartyOrder = ["student", "guardian", "school", "company"];

    public IReadOnlyList<AgreementSignatureView> SignaturesOrNone => Signatures ?? [];

    public IReadOnlyList<string> MissingOrNone => Missing ?? [];

    /// <summary>Who must sign; from the parties named when the answer lacks the list.</summary>
    public IReadOnlyList<string> Parties => Required is { Count: > 0 } required
        ? required
        : [.. PartyOrder.Where(party => party != "guardian" || StudentIsMinor || MissingOrNone.Contains(party) || SignaturesOrNone.Any(s => s.Party == party))];

    /// <summary>The agreement's own state (never the placement's).</summary>
    public string State => AgreementStatus ?? Status switch
    {
        "agreementSigned" or "active" or "completed" => "signed",
        "endedEarly" => "cancelled",
        _ => SignaturesOrNone.Count == 0 ? "unsigned" : "partlySigned",
    };
}

public sealed record OwnSignatureRequest(string Party);

public sealed record SendGuardianLinkRequest(string GuardianName, string GuardianEmail);

public sealed record GuardianTokenRequest(string Token);

public sealed record GuardianSignRequest(string Token, string SignerName, bool Agree);

/// <summary>What the guardian reads before signing (no account): the student's first name, the company, the period and hours.</summary>
public sealed record GuardianAgreementSummary(
    string StudentFirstName, string CompanyName, DateOnly StartDate, DateOnly EndDate, int PlannedHours, string GuardianName, DateTimeOffset ExpiresAt, DateTimeOffset? SignedAt);

/// <summary>The scanned paper agreement and the parties that signed it.</summary>
public sealed record PaperUpload(byte[] Pdf, string FileName, IReadOnlyList<PaperSigner> Signers);

/// <summary>One party ticked on the paper upload, with the name of who signed for it.</summary>
public sealed record PaperSigner(string Party, string Name);
