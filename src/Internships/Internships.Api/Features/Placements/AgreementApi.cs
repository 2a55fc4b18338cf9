using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.Internships.Security;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Internships.Features.Placements;

/// <summary>The practical training agreement (POK): three signatures, each with who, when and how.</summary>
public static class AgreementApi
{
    public static IEndpointRouteBuilder MapAgreementApi(this IEndpointRouteBuilder app)
    {
        var agreement = app.MapGroup("/api/placements/{id:guid}/agreement").WithTags("Agreement");
        agreement.MapGet("/", Get);
        agreement.MapPost("/signatures", Sign);
        return app;
    }

    private static async Task<Results<Ok<AgreementResponse>, NotFound, ForbidHttpResult>> Get(
        Guid id, ClaimsPrincipal user, InternshipsDbContext db, CancellationToken cancellationToken)
    {
        var (placement, student) = await db.FindAsync(id, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        return user.CanRead(placement, student) ? TypedResults.Ok(Response(placement, student)) : TypedResults.Forbid();
    }

    /// <summary>A student signs for the student side, a trainer for their company, a coordinator for any party (also recording paper signatures).</summary>
    private static async Task<Results<Ok<AgreementResponse>, NotFound, ForbidHttpResult>> Sign(
        Guid id, SignRequest request, ClaimsPrincipal user, InternshipsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.Party is not { } party || !Enum.IsDefined(party))
        {
            throw new FieldValidationException("party", "Student, School or Company.");
        }

        var method = request.Method ?? SignatureMethod.Portal;
        var (placement, student) = await db.FindAsync(id, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        var allowed = party switch
        {
            AgreementParty.Student => user.ActsAsStudent(placement),
            AgreementParty.Company => user.ActsForCompany(placement),
            _ => user.IsCoordinator(),
        };
        if (!allowed)
        {
            return TypedResults.Forbid();
        }

        var now = time.GetUtcNow();
        var signature = new AgreementSignature(
            party, method, request.SignerName?.Trim() ?? "", request.GuardianName?.Trim(), request.ScanReference?.Trim(), user.Actor(RoleFor(party)).ToString(), now);
        var complete = placement.RecordSignature(signature, Placement.IsMinorOn(student?.DateOfBirth, placement.StartDate));
        db.AgreementSignatureRecorded(placement, signature);
        if (complete)
        {
            db.PlacementAgreementSigned(placement, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(Response(placement, student));
    }

    private static string RoleFor(AgreementParty party) => party switch
    {
        AgreementParty.Student => "student",
        AgreementParty.Company => "trainer",
        _ => "coordinator",
    };

    private static AgreementResponse Response(Placement placement, StudentCopy? student) => new(
        placement.Id, placement.Status, Placement.IsMinorOn(student?.DateOfBirth, placement.StartDate), placement.Signatures, placement.MissingSignatures());
}
