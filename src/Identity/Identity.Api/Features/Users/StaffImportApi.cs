using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Validation;

namespace PartnershipHub.Identity.Features.Users;

/// <summary>
/// <c>POST /api/users/import</c>: a CSV list of staff (the file of a <c>multipart/form-data</c> upload, field <c>file</c>,
/// or a <c>text/csv</c> body) answered with a per-row report; <c>GET /api/users/import/template</c>: an example file.
/// On the admin API's group (<see cref="UsersApi"/>), so for operators and coordinators only.
/// </summary>
public static class StaffImportApi
{
    /// <summary>The file may be <see cref="StaffCsvFile.MaxBytes"/>; this leaves room for a multipart upload's own lines.</summary>
    public const long MaxRequestBytes = StaffCsvFile.MaxBytes + 64 * 1024;

    public static RouteGroupBuilder MapStaffImportApi(this RouteGroupBuilder users)
    {
        // No Accepts metadata: routing would answer any other content type with 415 before the role check (a mentor
        // must get 403); the body's kind is checked by ReadFileAsync instead (400 naming file).
        users.MapPost("/import", ImportAsync)
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .WithLongRunningTimeout()
            .DisableAntiforgery();
        users.MapGet("/import/template", Template).Produces<string>(StatusCodes.Status200OK, "text/csv");
        return users;
    }

    private static async Task<Ok<StaffImportReport>> ImportAsync(HttpContext context, StaffImporter importer)
    {
        try
        {
            return TypedResults.Ok(await importer.ImportAsync(
                await context.Request.ReadFileAsync(context.RequestAborted),
                UsersApi.Actor(context),
                UsersApi.ActorRoles(context),
                context.RequestAborted));
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server stopped reading at the request limit: the same answer as a file just over the limit.
            throw new FieldValidationException("file", $"The file is larger than {StaffCsvFile.MaxBytes / (1024 * 1024)} MB; split it.");
        }
    }

    private static FileContentHttpResult Template() =>
        TypedResults.File(Encoding.UTF8.GetBytes(StaffCsvFile.Template), "text/csv", "staff-accounts.csv");
}
