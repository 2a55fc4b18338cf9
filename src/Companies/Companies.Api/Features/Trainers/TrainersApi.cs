using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Companies.Domain;
using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.Companies.Security;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Companies.Features.Trainers;

/// <summary>
/// Workplace trainers. Coordinators register and change them. A trainer may change their own record — the one
/// of a company in their token whose e-mail equals the token's <c>email</c> claim — but only its name and phone;
/// qualifications, load, e-mail and status stay the coordinator's decision. Only a coordinator erases a trainer's
/// personal data (right to erasure).
/// </summary>
public static class TrainersApi
{
    public static IEndpointRouteBuilder MapTrainersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/companies/{id:guid}/trainers").WithTags("Trainers");
        group.MapGet("/", ListTrainers).RequireAuthorization(Policies.StaffOrTrainer);
        group.MapPost("/", RegisterTrainer).RequireAuthorization(Policies.Coordinator);
        group.MapPut("/{trainerId:guid}", UpdateTrainer).RequireAuthorization(Policies.StaffOrTrainer);
        group.MapPost("/{trainerId:guid}/erase", EraseTrainer).RequireAuthorization(Policies.Coordinator);
        return app;
    }

    private static async Task<Results<Ok<List<TrainerResponse>>, NotFound, ForbidHttpResult>> ListTrainers(
        Guid id, ClaimsPrincipal user, CompaniesDbContext db, CancellationToken cancellationToken)
    {
        if (!user.CanRead(id))
        {
            return TypedResults.Forbid();
        }

        var company = await db.Companies.AsNoTracking().Include(c => c.Trainers).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return company is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(company.Trainers.OrderBy(t => t.Name).Select(TrainerResponse.From).ToList());
    }

    private static async Task<Results<Created<TrainerResponse>, NotFound>> RegisterTrainer(
        Guid id, TrainerRequest request, CompaniesDbContext db, CancellationToken cancellationToken)
    {
        var details = ToDetails(request, current: null);
        var company = await db.Companies.Include(c => c.Trainers).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (company is null)
        {
            return TypedResults.NotFound();
        }

        var trainer = company.RegisterTrainer(Guid.CreateVersion7(), details);
        if (trainer.Active)
        {
            db.TrainerRegistered(company, trainer);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/companies/{id}/trainers/{trainer.Id}", TrainerResponse.From(trainer));
    }

    private static async Task<Results<Ok<TrainerResponse>, NotFound, ForbidHttpResult, ProblemHttpResult>> UpdateTrainer(
        Guid id, Guid trainerId, TrainerRequest request, ClaimsPrincipal user, CompaniesDbContext db, CancellationToken cancellationToken)
    {
        var coordinator = user.IsCoordinator();
        if (!coordinator && !user.WorksFor(id))
        {
            return TypedResults.Forbid();
        }

        var company = await db.Companies.Include(c => c.Trainers).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        var trainer = company?.Trainers.FirstOrDefault(t => t.Id == trainerId);
        if (company is null || trainer is null)
        {
            return TypedResults.NotFound();
        }

        if (!coordinator && (user.Email() is not { } email || email != trainer.Email))
        {
            return TypedResults.Forbid();
        }

        trainer.EnsureNotErased();
        var details = ToDetails(request, trainer.Details);
        if (!coordinator && (details.Email != trainer.Email || !details.Crebos.SequenceEqual(trainer.Crebos)
            || details.MaxStudents != trainer.MaxStudents || details.Active != trainer.Active))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Forbidden",
                detail: "A trainer may change their own name and phone; e-mail, qualifications, number of students and status are set by a coordinator.");
        }

        var wasActive = trainer.Active;
        if (company.UpdateTrainer(trainer, details))
        {
            if (trainer.Active)
            {
                db.TrainerRegistered(company, trainer);
            }
            else if (wasActive)
            {
                db.TrainerDeactivated(company, trainer);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(TrainerResponse.From(trainer));
    }

    /// <summary>
    /// Forgets the person behind a trainer record: name, e-mail and phone go everywhere (<c>TrainerErased</c>), the id
    /// stays. Companies does not know about placements, so a trainer with current placements is erased too; Internships
    /// keeps those placements with an anonymous trainer. Erasing again changes and publishes nothing.
    /// </summary>
    private static async Task<Results<NoContent, NotFound>> EraseTrainer(
        Guid id, Guid trainerId, CompaniesDbContext db, CancellationToken cancellationToken)
    {
        var company = await db.Companies.Include(c => c.Trainers).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        var trainer = company?.Trainers.FirstOrDefault(t => t.Id == trainerId);
        if (company is null || trainer is null)
        {
            return TypedResults.NotFound();
        }

        var wasActive = trainer.Active;
        if (company.EraseTrainer(trainer))
        {
            // Consumers that know only departures still take the trainer off the company.
            if (wasActive)
            {
                db.TrainerDeactivated(company, trainer);
            }

            db.TrainerErased(company, trainer);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.NoContent();
    }

    /// <summary>Fields left out of an update keep their current value, so a trainer can send just a new phone number.</summary>
    private static TrainerDetails ToDetails(TrainerRequest request, TrainerDetails? current) =>
        TrainerDetails.Create(
            request.Name ?? current?.Name,
            request.Email ?? current?.Email,
            request.Phone ?? current?.Phone,
            request.Crebos ?? current?.Crebos,
            request.MaxStudents ?? current?.MaxStudents ?? throw new FieldValidationException("maxStudents", "This field is required."),
            request.Active ?? current?.Active ?? true);
}
