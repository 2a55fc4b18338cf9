using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using System.ComponentModel.DataAnnotations;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Validation;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Testing;

namespace PartnershipHub.ServiceDefaults.Tests;

/// <summary>A tiny service on the real defaults, with a few endpoints that exercise binding, rules and policies.</summary>
internal static class DefaultsHost
{
    public const string Audience = "defaults-test-api";

    public static async Task<WebApplication> StartAsync(bool integerEnums = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration["Identity:Authority"] = TestTokens.Issuer;
        builder.Configuration["Identity:Audience"] = Audience;
        builder.AddServiceDefaults();
        if (integerEnums)
        {
            // A service that would read enum numbers too (none does: the wire format refuses them) still gets bounds.
            builder.Services.ConfigureHttpJsonOptions(options =>
            {
                options.SerializerOptions.Converters.Remove(options.SerializerOptions.Converters.OfType<JsonStringEnumConverter>().Single());
                options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: true));
            });
        }

        builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var configuration = new OpenIdConnectConfiguration { Issuer = TestTokens.Issuer };
            configuration.SigningKeys.Add(TestTokens.SigningKey);
            options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
        });

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapPost("/things", (ThingRequest request) => TypedResults.Ok(request));
        app.MapPost("/ratings", (RatingRequest request) => TypedResults.Ok(request));
        app.MapGet("/things/{id:guid}", (Guid id, int page) => TypedResults.Ok(new { id, page }));
        app.MapPost("/plans", (PlanRequest request) => TypedResults.Ok(request));
        app.MapGet("/api/search", (string q) => TypedResults.Ok(new { q }));
        app.MapGet("/pages", (int page, int pageSize) => TypedResults.Ok(new { offset = Paging.Offset(page, pageSize, 50) }));
        app.MapPost("/api/form", async (HttpRequest request) => TypedResults.Ok((await request.ReadFormAsync())["returnUrl"].ToString()))
            .AllowAnonymous();
        app.MapPost("/rules", () => { throw new FieldValidationException("kvkNumber", "A KvK number has 8 digits."); });
        app.MapGet("/coordinators-only", () => "ok").RequireAuthorization(Policies.Coordinator);
        app.MapGet("/api/staff-or-trainers", () => TypedResults.Ok(new RatingRequest(Rating.NeedsAttention, null))).RequireAuthorization(Policies.StaffOrTrainer);
        app.MapGet("/api/open", () => "ok").AllowAnonymous();
        app.MapGet("/fails", () => { throw new InvalidOperationException("secret internals"); });
        await app.StartAsync();
        return app;
    }

    public sealed record ThingRequest(string Name, int Places, DateOnly StartsOn);

    public sealed record RatingRequest(Rating Rating, Guid? StudentId);

    public enum Rating { NeedsAttention, Sufficient, Strong }

    public sealed record PlanRequest(
        string Title,
        IReadOnlyList<Goal> Goals,
        List<Rating>? Ratings,
        Guid[]? StudentIds,
        DateTimeOffset? Due,
        [MaxLength(12_000)] string? LongNote = null,
        [MaxLength(3)] IReadOnlyList<string>? Tags = null);

    public sealed record Goal(string Title, IReadOnlyList<string> Steps, DateOnly? By);
}
