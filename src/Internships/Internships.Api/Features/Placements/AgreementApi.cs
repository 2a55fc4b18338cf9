using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Agreements;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.Internships.Security;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Internships.Features.Placements;

/// <summary>
/// The practical training agreement (POK). Each party signs in the portal in its own role only (student, trainer for the
/// company, coordinator for the school); a minor's guardian signs through a mailed link (<see cref="GuardianLinkApi"/>);
/// whatever was signed on paper a coordinator records by uploading the scan. Nobody records another party's portal signature.
/// </summary>
public static class AgreementApi
{
    public static IEndpointRouteBuilder MapAgreementApi(this IEndpointRouteBuilder app)
    {
        var agreement = app.MapGroup("/api/placements/{id:guid}/agreement").WithTags("Agreement");
        agreement.MapGet("/", Get);
        agreement.MapPost("/signatures", Sign);
        agreement.MapPost("/guardian-link", SendGuardianLink);
        agreement.MapPost("/paper", RecordPaper).RequireAuthorization(Policies.Coordinator).DisableAntiforgery();
        agreement.MapGet("/documents/{documentId:guid}", Document);
        app.MapGuardianLinkApi();
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

        return user.CanRead(placement, student)
            ? TypedResults.Ok(await db.AgreementAsync(placement, student, user, cancellationToken))
            : TypedResults.Forbid();
    }

    /// <summary>The caller signs for their own party: the student as student, a trainer of the company for it, a coordinator for the school.</summary>
    private static async Task<Results<Ok<AgreementResponse>, NotFound, ForbidHttpResult>> Sign(
        Guid id, SignRequest request, ClaimsPrincipal user, InternshipsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.Party is not { } party || !Enum.IsDefined(party))
        {
            throw new FieldValidationException("party", "Student, School or Company.");
        }

        if (request.Method is { } method && method != SignatureMethod.Portal)
        {
            throw new FieldValidationException("method", "Here each party signs in the portal for itself; paper is recorded by uploading the scan, a guardian signs through the mailed link.");
        }

        var (placement, student) = await db.FindAsync(id, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        var role = OwnRole(user, placement, party);
        if (role is null)
        {
            return TypedResults.Forbid();
        }

        var name = user.FindFirst(ClaimNames.Name)?.Value is { Length: > 0 } fromToken ? fromToken : request.SignerName?.Trim() ?? "";
        var signature = new AgreementSignature(party, SignatureMethod.Portal, name, null, null, new Actor(role, ActorId(user, role)).ToString(), time.GetUtcNow());
        db.RecordSignature(placement, student, signature);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await db.AgreementAsync(placement, student, user, cancellationToken));
    }

    /// <summary>The coordinator or the student names the guardian; the link is (re)made and mailed at once by Notifications.</summary>
    private static async Task<Results<Ok<AgreementResponse>, NotFound, ForbidHttpResult>> SendGuardianLink(
        Guid id, GuardianLinkRequest request, ClaimsPrincipal user, InternshipsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var name = GuardianInput.Name(request.GuardianName, "guardianName");
        var email = GuardianInput.Email(request.GuardianEmail);
        var (placement, student) = await db.FindAsync(id, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.IsCoordinator() && !user.IsStudentOf(placement))
        {
            return TypedResults.Forbid();
        }

        placement.RequireOpenForSignatures();
        if (!Placement.IsMinorOn(student?.DateOfBirth, placement.StartDate))
        {
            throw new ConflictException("guardian-not-needed", "The student is of age on the start date: no parent or guardian signs.");
        }

        if (placement.HasSigned(AgreementParty.Guardian))
        {
            throw new ConflictException("already-signed", "The Guardian party has already signed this agreement.");
        }

        var now = time.GetUtcNow();
        var sentBy = user.Actor(Roles.Student).ToString();
        var link = await db.Set<AgreementGuardianLink>().FirstOrDefaultAsync(l => l.PlacementId == placement.Id, cancellationToken);
        string token;
        if (link is null)
        {
            (link, token) = AgreementGuardianLink.Issue(placement.Id, placement.StudentId, name, email, sentBy, now);
            db.Add(link);
        }
        else
        {
            token = link.Renew(name, email, sentBy, now);
        }

        db.AgreementGuardianLinkSent(placement, student, link, token);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await db.AgreementAsync(placement, student, user, cancellationToken));
    }

    /// <summary>
    /// A paper agreement: the scanned PDF (<c>file</c>, at most 10 MB) and, per party that signed it, the signer's name in
    /// a field named after the party (<c>student</c>, <c>guardian</c>, <c>school</c>, <c>company</c>).
    /// </summary>
    private static async Task<Results<Ok<AgreementResponse>, NotFound>> RecordPaper(
        Guid id, HttpRequest http, ClaimsPrincipal user, InternshipsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var upload = await PaperUpload.ReadAsync(http, cancellationToken);
        var (placement, student) = await db.FindAsync(id, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        var recordedBy = user.Actor(Roles.Coordinator).ToString();
        var document = AgreementDocument.Upload(placement.Id, upload.FileName, upload.Content, upload.Signers.Keys, recordedBy, now);
        foreach (var party in Placement.PartyOrder.Where(upload.Signers.ContainsKey))
        {
            var signature = new AgreementSignature(party, SignatureMethod.Paper, upload.Signers[party], null, null, recordedBy, now) { DocumentId = document.Id };
            db.RecordSignature(placement, student, signature);
        }

        db.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await db.AgreementAsync(placement, student, user, cancellationToken));
    }

    /// <summary>A paper scan, for the coordinator and the placement's parties: its student, the company's trainers, its teacher.</summary>
    private static async Task<Results<FileContentHttpResult, NotFound, ForbidHttpResult>> Document(
        Guid id, Guid documentId, ClaimsPrincipal user, InternshipsDbContext db, CancellationToken cancellationToken)
    {
        var (placement, _) = await db.FindAsync(id, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.IsCoordinator() && !user.IsStudentOf(placement) && !user.IsTrainerAt(placement) && !user.IsTeacherOf(placement))
        {
            return TypedResults.Forbid();
        }

        var document = await db.Set<AgreementDocument>().AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == documentId && d.PlacementId == id, cancellationToken);
        return document is null
            ? TypedResults.NotFound()
            : TypedResults.File(document.Content, "application/pdf", document.FileName);
    }

    /// <summary>The role the caller signs the party in, or null when it is not theirs to sign in the portal.</summary>
    private static string? OwnRole(ClaimsPrincipal user, Placement placement, AgreementParty party) => party switch
    {
        AgreementParty.Student when user.IsStudentOf(placement) => Roles.Student,
        AgreementParty.Company when user.IsTrainerAt(placement) => Roles.Trainer,
        AgreementParty.School when user.IsCoordinator() => Roles.Coordinator,
        _ => null,
    };

    private static Guid? ActorId(ClaimsPrincipal user, string role) => role switch
    {
        Roles.Student => user.StudentId(),
        Roles.Trainer => Guid.TryParse(user.FindFirst(ClaimNames.Subject)?.Value, out var sub) ? sub : null,
        _ => user.StaffId() ?? (Guid.TryParse(user.FindFirst(ClaimNames.Subject)?.Value, out var subject) ? subject : null),
    };
}
