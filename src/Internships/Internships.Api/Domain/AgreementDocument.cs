namespace PartnershipHub.Internships.Domain;

/// <summary>A scanned paper agreement (PDF) a coordinator uploaded, with the parties whose signatures it holds.</summary>
public sealed class AgreementDocument
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private AgreementDocument()
    {
    }

    public Guid Id { get; private set; }

    public Guid PlacementId { get; private set; }

    public string FileName { get; private set; } = "";

    public byte[] Content { get; private set; } = [];

    public long Size { get; private set; }

    public List<AgreementParty> Parties { get; private set; } = [];

    public DateTimeOffset UploadedAt { get; private set; }

    public string UploadedBy { get; private set; } = "";

    public static AgreementDocument Upload(Guid placementId, string fileName, byte[] content, IEnumerable<AgreementParty> parties, string uploadedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        PlacementId = placementId,
        FileName = fileName,
        Content = content,
        Size = content.LongLength,
        Parties = [.. parties],
        UploadedAt = now,
        UploadedBy = uploadedBy,
    };

    /// <summary>A PDF starts with <c>%PDF</c>; anything else is refused before it is stored.</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> content) => content.StartsWith("%PDF"u8);
}
