using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Placements;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Internships.Features.Agreements;

/// <summary>
/// The guardian's side, without an account: read what they are asked to sign and sign it, both by the token from the
/// mailed link (in the body, never in a URL). Anonymous and rate-limited per client address. An unknown or replaced
/// token is 404; a used or expired one 409 <c>guardian-link-used</c> / <c>guardian-link-expired</c>.
/// </summary>
public static class GuardianLinkApi
{
    public static IEndpointRouteBuilder MapGuardianLinkApi(this IEndpointRouteBuilder app)
    {
        var links = app.MapGroup("/api/agreement-links").WithTags("Agreement")
            .AllowAnonymous()
            .RequireRateLimiting(AgreementRateLimits.GuardianLinks);
        links.MapPost("/lookup", Lookup);
        links.MapPost("/sign", Sign);
        return app;
    }

    private static async Task<Results<Ok<GuardianAgreementSummary>, NotFound>> Lookup(
        GuardianTokenRequest request, InternshipsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var found = await FindAsync(db, request.Token, cancellationToken);
        if (found is not var (link, placement, student))
        {
            return TypedResults.NotFound();
        }

        RequireSignable(link, placement, time.GetUtcNow());
        return TypedResults.Ok(Summary(link, placement, student, null));
    }

    private static async Task<Results<Ok<GuardianAgreementSummary>, NotFound>> Sign(
        GuardianSignRequest request, InternshipsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var name = GuardianInput.Name(request.SignerName, "signerName");
        if (request.Agree != true)
        {
            throw new FieldValidationException("agree", "Tick that you agree to sign.");
        }

        var found = await FindAsync(db, request.Token, cancellationToken);
        if (found is not var (link, placement, student))
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        RequireSignable(link, placement, now);
        link.MarkUsed(now);
        var signature = new AgreementSignature(AgreementParty.Guardian, SignatureMethod.GuardianLink, name, null, null, new Actor("guardian", link.LinkId).ToString(), now);
        db.RecordSignature(placement, student, signature);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(Summary(link, placement, student, now));
    }

    private static async Task<(AgreementGuardianLink Link, Placement Placement, StudentCopy? Student)?> FindAsync(
        InternshipsDbContext db, string? token, CancellationToken cancellationToken)
    {
        if (AgreementGuardianLink.HashOf(token) is not { } hash)
        {
            return null;
        }

        var link = await db.Set<AgreementGuardianLink>().FirstOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
        if (link is null)
        {
            return null;
        }

        var (placement, student) = await db.FindAsync(link.PlacementId, cancellationToken);
        return placement is null ? null : (link, placement, student);
    }

    /// <summary>A used or expired link, a placement past signing, or a guardian who already signed (on paper, say): 409.</summary>
    private static void RequireSignable(AgreementGuardianLink link, Placement placement, DateTimeOffset now)
    {
        link.RequireUsable(now);
        placement.RequireOpenForSignatures();
        if (placement.HasSigned(AgreementParty.Guardian))
        {
            throw new ConflictException("already-signed", "The Guardian party has already signed this agreement.");
        }
    }

    private static GuardianAgreementSummary Summary(AgreementGuardianLink link, Placement placement, StudentCopy? student, DateTimeOffset? signedAt) => new(
        student?.FirstName ?? "", placement.CompanyName, placement.StartDate, placement.EndDate, placement.PlannedHours, link.GuardianName, link.ExpiresAt, signedAt);
}
