using System.Net;
using System.Net.Http.Json;
using PartnershipHub.Companies.Features.Accreditations;
using PartnershipHub.Companies.Features.Capacity;
using PartnershipHub.Companies.Features.Companies;
using PartnershipHub.Companies.Features.Trainers;
using PartnershipHub.Contracts;
using PartnershipHub.Testing;

namespace PartnershipHub.Companies.Tests.Api;

/// <summary>
/// Who may do what. Company A has a trainer ("trainer-a" works for A, "trainer-b" for B); coordinators manage
/// everything, teachers and mentors read, a trainer reads only their own company, students read nothing.
/// </summary>
public sealed class AccessTests(CompaniesApiFixture fixture) : IClassFixture<CompaniesApiFixture>
{
    public static TheoryData<string, string, string, HttpStatusCode> Cases => new()
    {
        // Reading
        { "teacher", "GET", "/api/companies", HttpStatusCode.OK },
        { "mentor", "GET", "/api/companies/{A}", HttpStatusCode.OK },
        { "trainer-a", "GET", "/api/companies/{A}", HttpStatusCode.OK },
        { "trainer-a", "GET", "/api/companies/{A}/accreditations", HttpStatusCode.OK },
        { "trainer-a", "GET", "/api/companies/{A}/trainers", HttpStatusCode.OK },
        { "trainer-a", "GET", "/api/companies/{A}/capacity", HttpStatusCode.OK },
        { "teacher", "GET", "/api/companies/{A}/capacity", HttpStatusCode.OK },
        { "trainer-a", "GET", "/api/companies", HttpStatusCode.Forbidden },
        { "trainer-b", "GET", "/api/companies/{A}", HttpStatusCode.Forbidden },
        { "trainer-b", "GET", "/api/companies/{A}/accreditations", HttpStatusCode.Forbidden },
        { "trainer-b", "GET", "/api/companies/{A}/trainers", HttpStatusCode.Forbidden },
        { "trainer-b", "GET", "/api/companies/{A}/capacity", HttpStatusCode.Forbidden },
        { "student", "GET", "/api/companies", HttpStatusCode.Forbidden },
        { "student", "GET", "/api/companies/{A}", HttpStatusCode.Forbidden },
        { "student", "GET", "/api/companies/{A}/accreditations", HttpStatusCode.Forbidden },
        { "student", "GET", "/api/companies/{A}/trainers", HttpStatusCode.Forbidden },
        { "student", "GET", "/api/companies/{A}/capacity", HttpStatusCode.Forbidden },
        { "anonymous", "GET", "/api/companies", HttpStatusCode.Unauthorized },
        { "anonymous", "GET", "/api/companies/{A}", HttpStatusCode.Unauthorized },

        // Managing companies
        { "teacher", "POST", "/api/companies", HttpStatusCode.Forbidden },
        { "mentor", "POST", "/api/companies", HttpStatusCode.Forbidden },
        { "trainer-a", "POST", "/api/companies", HttpStatusCode.Forbidden },
        { "student", "POST", "/api/companies", HttpStatusCode.Forbidden },
        { "teacher", "PUT", "/api/companies/{A}", HttpStatusCode.Forbidden },
        { "trainer-a", "PUT", "/api/companies/{A}", HttpStatusCode.Forbidden },
        { "student", "PUT", "/api/companies/{A}", HttpStatusCode.Forbidden },
        { "trainer-b", "PUT", "/api/companies/{A}/contact", HttpStatusCode.Forbidden },
        { "mentor", "PUT", "/api/companies/{A}/contact", HttpStatusCode.Forbidden },
        { "student", "PUT", "/api/companies/{A}/contact", HttpStatusCode.Forbidden },
        { "teacher", "POST", "/api/companies/import", HttpStatusCode.Forbidden },
        { "trainer-a", "POST", "/api/companies/import", HttpStatusCode.Forbidden },
        { "student", "POST", "/api/companies/import", HttpStatusCode.Forbidden },

        // Accreditations, trainers, capacity
        { "teacher", "POST", "/api/companies/{A}/accreditations", HttpStatusCode.Forbidden },
        { "trainer-a", "POST", "/api/companies/{A}/accreditations", HttpStatusCode.Forbidden },
        { "trainer-a", "DELETE", "/api/companies/{A}/accreditations/25662?reason=x", HttpStatusCode.Forbidden },
        { "mentor", "DELETE", "/api/companies/{A}/accreditations/25662?reason=x", HttpStatusCode.Forbidden },
        { "trainer-a", "POST", "/api/companies/{A}/trainers", HttpStatusCode.Forbidden },
        { "teacher", "POST", "/api/companies/{A}/trainers", HttpStatusCode.Forbidden },
        { "trainer-b", "PUT", "/api/companies/{A}/trainers/{T}", HttpStatusCode.Forbidden },
        { "mentor", "PUT", "/api/companies/{A}/trainers/{T}", HttpStatusCode.Forbidden },
        { "student", "PUT", "/api/companies/{A}/trainers/{T}", HttpStatusCode.Forbidden },
        { "trainer-a", "POST", "/api/companies/{A}/trainers/{T}/erase", HttpStatusCode.Forbidden },
        { "teacher", "POST", "/api/companies/{A}/trainers/{T}/erase", HttpStatusCode.Forbidden },
        { "mentor", "POST", "/api/companies/{A}/trainers/{T}/erase", HttpStatusCode.Forbidden },
        { "student", "POST", "/api/companies/{A}/trainers/{T}/erase", HttpStatusCode.Forbidden },
        { "anonymous", "POST", "/api/companies/{A}/trainers/{T}/erase", HttpStatusCode.Unauthorized },
        { "trainer-a", "PUT", "/api/companies/{A}/capacity", HttpStatusCode.Forbidden },
        { "teacher", "PUT", "/api/companies/{A}/capacity", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Access_is_decided_by_role_and_relationship(string who, string method, string path, HttpStatusCode expected)
    {
        var coordinator = fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));
        var a = await TestData.RegisterAsync(coordinator);
        var b = await TestData.RegisterAsync(coordinator);
        var trainer = await (await coordinator.PostAsJsonAsync(
            $"/api/companies/{a.Id}/trainers", new TrainerRequest("T", $"{Guid.NewGuid():N}@x.nl", null, ["25662"], 2, true), TestData.Json))
            .ReadAsync<TrainerResponse>();
        var client = who switch
        {
            "teacher" => fixture.CreateClient(TestTokens.Teacher(fixture.Audience, Guid.NewGuid())),
            "mentor" => fixture.CreateClient(TestTokens.Mentor(fixture.Audience, Guid.NewGuid())),
            "trainer-a" => fixture.CreateClient(TestTokens.Trainer(fixture.Audience, a.Id)),
            "trainer-b" => fixture.CreateClient(TestTokens.Trainer(fixture.Audience, b.Id)),
            "student" => fixture.CreateClient(TestTokens.Student(fixture.Audience, Guid.NewGuid())),
            _ => fixture.Factory.CreateClient(),
        };
        var url = path.Replace("{A}", a.Id.ToString()).Replace("{T}", trainer.Id.ToString());
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = ValidBody(path) };

        var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.NotEmpty(await response.Content.ReadAsStringAsync());
        }

        var unchanged = await coordinator.GetFromJsonAsync<CompanyResponse>($"/api/companies/{a.Id}", TestData.Json);
        Assert.Equal(a.Version + 1, unchanged!.Version);
    }

    /// <summary>A body the endpoint would accept, so a refusal can only come from the access check.</summary>
    private static HttpContent? ValidBody(string path) => path switch
    {
        "/api/companies" or "/api/companies/{A}" => JsonContent.Create(TestData.Company(), options: TestData.Json),
        "/api/companies/{A}/contact" => JsonContent.Create(new ContactRequest("X", "x@x.nl", null), options: TestData.Json),
        "/api/companies/{A}/accreditations" => JsonContent.Create(
            new GrantAccreditationRequest("25662", [LearningRoute.Bol], new DateOnly(2024, 1, 1), null), options: TestData.Json),
        "/api/companies/{A}/trainers" or "/api/companies/{A}/trainers/{T}" => JsonContent.Create(
            new TrainerRequest("Y", "y@x.nl", null, ["25662"], 2, true), options: TestData.Json),
        "/api/companies/{A}/capacity" => JsonContent.Create(
            new[] { new CapacityItem("P", new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 31), "25662", 0) }, options: TestData.Json),
        "/api/companies/import" => new StringContent("kvk_number,name,street,postcode,city\n"),
        _ => null,
    };
}
