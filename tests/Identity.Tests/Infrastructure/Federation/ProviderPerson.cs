namespace PartnershipHub.Identity.Tests.Infrastructure.Federation;

/// <summary>Who the test provider signs in next, with the claims a school's provider could send.</summary>
public sealed record ProviderPerson(
    string Subject,
    string? Email = null,
    bool? EmailVerified = null,
    string? EmployeeNumber = null,
    string? StudentNumber = null)
{
    public static ProviderPerson New(string? email = null, bool? emailVerified = true, string? employeeNumber = null, string? studentNumber = null) =>
        new($"school-{Guid.NewGuid():N}", email, email is null ? null : emailVerified, employeeNumber, studentNumber);
}
