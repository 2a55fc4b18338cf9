using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Testing;

/// <summary>
/// Signed JWTs shaped like the Identity service's access tokens, for service tests that run without it.
/// The service under test validates them with its real JWT bearer pipeline (see <see cref="ServiceFactory{TProgram}"/>);
/// only the signing key and issuer are the test's. End-to-end tests use real tokens from Identity instead.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "https://identity.partnershiphub.test/";

    public static readonly SymmetricSecurityKey SigningKey = new(
        "partnershiphub-test-signing-key-never-used-outside-tests-0123456789"u8.ToArray()) { KeyId = "test" };

    public static string Create(string audience, IEnumerable<Claim> claims, TimeSpan? lifetime = null)
    {
        var now = DateTime.UtcNow;
        var list = claims.ToList();
        // Like Identity's tokens, issued now (iat), unless the test chose the moment itself.
        var token = new JwtSecurityToken(
            new JwtHeader(new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256)),
            new JwtPayload(
                Issuer,
                audience,
                list,
                notBefore: now.AddMinutes(-1),
                expires: now.Add(lifetime ?? TimeSpan.FromMinutes(30)),
                issuedAt: list.Any(c => c.Type == "iat") ? null : now));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    /// <summary>A token that was valid once: signed with the test key, expired an hour ago.</summary>
    public static string Expired(string audience, IEnumerable<Claim> claims)
    {
        var now = DateTime.UtcNow;
        var token = new JwtSecurityToken(
            issuer: Issuer,
            audience: audience,
            claims: claims,
            notBefore: now.AddHours(-2),
            expires: now.AddHours(-1),
            signingCredentials: new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public static string For(string audience, string role, params (string Type, string Value)[] claims) =>
        Create(audience, [
            new Claim(ClaimNames.Subject, Guid.NewGuid().ToString()),
            new Claim(ClaimNames.Name, $"Test {role}"),
            new Claim(ClaimNames.Role, role),
            .. claims.Select(c => new Claim(c.Type, c.Value)),
        ]);

    public static string Coordinator(string audience, Guid? staffId = null) =>
        For(audience, Roles.Coordinator, (ClaimNames.StaffId, (staffId ?? Guid.NewGuid()).ToString()));

    public static string Mentor(string audience, Guid staffId) => For(audience, Roles.Mentor, (ClaimNames.StaffId, staffId.ToString()));

    public static string Teacher(string audience, Guid staffId) => For(audience, Roles.Teacher, (ClaimNames.StaffId, staffId.ToString()));

    public static string Care(string audience, Guid staffId) => For(audience, Roles.Care, (ClaimNames.StaffId, staffId.ToString()));

    public static string Operator(string audience, Guid? staffId = null) =>
        For(audience, Roles.Operator, (ClaimNames.StaffId, (staffId ?? Guid.NewGuid()).ToString()));

    public static string Student(string audience, Guid studentId) => For(audience, Roles.Student, (ClaimNames.StudentId, studentId.ToString()));

    public static string Trainer(string audience, params Guid[] companyIds) =>
        For(audience, Roles.Trainer, [.. companyIds.Select(id => (ClaimNames.CompanyId, id.ToString()))]);
}
