using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Placements;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.Internships.Security;
using PartnershipHub.Messaging;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Internships.Features.Contacts;

/// <summary>School–company contact moments on a placement.</summary>
public static class ContactsApi
{
    public static IEndpointRouteBuilder MapContactsApi(this IEndpointRouteBuilder app)
    {
        var contacts = app.MapGroup("/api/placements/{id:guid}/contacts").WithTags("Contacts");
        contacts.MapGet("/", List);
        contacts.MapPost("/", Log);
        app.MapPost("/api/placements/risks/no-recent-contact", async (NoRecentContactCheck check, CancellationToken ct) =>
                TypedResults.Ok(new NoContactCheckResult(await check.RunAsync(ct))))
            .RequireAuthorization(Policies.Coordinator)
            .WithTags("Contacts");
        return app;
    }

    private static async Task<Results<Ok<ContactLog>, NotFound, ForbidHttpResult>> List(
        Guid id, ClaimsPrincipal user, InternshipsDbContext db, CancellationToken cancellationToken)
    {
        var (placement, student) = await db.FindAsync(id, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        // School–company contact notes are between the professionals; the student reads their placement, not these.
        if (!user.CanRead(placement, student) || user.IsStudentOf(placement))
        {
            return TypedResults.Forbid();
        }

        var contacts = await db.Contacts.AsNoTracking().Where(c => c.PlacementId == id).OrderByDescending(c => c.ContactedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(new ContactLog(
            contacts.Count(c => c.Joint),
            placement.LastContactAt,
            placement.Risks.Contains(PlacementRisk.NoRecentContact),
            [.. contacts.Select(c => new ContactResponse(c.Id, c.Kind, c.ContactedAt, c.ByStaffId, c.ByRole, c.Summary, c.Joint, c.FollowUp, c.FollowUpDue))]));
    }

    private static async Task<Results<Created<ContactResponse>, NotFound, ForbidHttpResult>> Log(
        Guid id, LogContactRequest request, ClaimsPrincipal user, InternshipsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var (placement, _) = await db.FindAsync(id, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        // Either side of the school–company line logs it: the placement's teacher (or a coordinator) for the school,
        // a trainer of the placement's company for the company.
        var asSchool = user.ActsForSchool(placement);
        if (!asSchool && !user.IsTrainerAt(placement))
        {
            return TypedResults.Forbid();
        }

        if (request.Kind is not { } kind)
        {
            throw new FieldValidationException("kind", "Visit, Call, Mail or Meeting.");
        }

        var contact = ContactMoment.Log(placement, kind, request.ContactedAt, request.Summary, request.Joint, request.FollowUp, request.FollowUpDue, user.Actor(asSchool ? Roles.Teacher : Roles.Trainer), time.GetUtcNow());
        db.Contacts.Add(contact);
        if (placement.RecordContact(contact.ContactedAt, contact.Joint))
        {
            db.PlacementRiskCleared(placement, PlacementRisk.NoRecentContact, $"Contact moment logged on {contact.ContactedAt:yyyy-MM-dd}.");
        }

        db.ContactLogged(placement, contact);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/placements/{id}/contacts",
            new ContactResponse(contact.Id, contact.Kind, contact.ContactedAt, contact.ByStaffId, contact.ByRole, contact.Summary, contact.Joint, contact.FollowUp, contact.FollowUpDue));
    }
}
