using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.ServiceDefaults.Errors;

/// <summary>
/// Writes the health report as JSON. Anyone (the orchestrator, a load balancer) gets the overall status; an operator's
/// token also gets one entry per check, so the operator page can show which dependency failed — check descriptions
/// carry host names and exception messages that are nobody else's business.
/// </summary>
internal static class HealthReportWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        if (!context.User.IsInRole(Roles.Operator))
        {
            return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }, Options));
        }

        var body = new
        {
            status = report.Status.ToString(),
            durationMs = report.TotalDuration.TotalMilliseconds,
            checks = report.Entries.Select(entry => new
            {
                name = entry.Key,
                status = entry.Value.Status.ToString(),
                description = entry.Value.Description ?? entry.Value.Exception?.Message,
                durationMs = entry.Value.Duration.TotalMilliseconds,
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Options));
    }
}
