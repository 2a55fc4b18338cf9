using System.Text.Json.Nodes;
using PartnershipHub.Portal.Api;
using PartnershipHub.ServiceDefaults;
using Xunit;
using Xunit.Abstractions;

namespace PartnershipHub.Contract.Tests;

/// <summary>
/// The portal's hand-written clients and models against the documents the APIs serve: every call the portal makes
/// reaches an operation, and every field it reads or sends is one the API has, with a type and values that fit.
/// </summary>
public sealed class PortalContractTests(ApiDocuments documents, ITestOutputHelper output) : IClassFixture<ApiDocuments>
{
    [Fact]
    public void The_calls_are_found_in_every_client_of_the_portal()
    {
        var calls = PortalCalls.Discover();
        foreach (var call in calls)
        {
            output.WriteLine($"{call}  sends {call.Sends?.Name ?? "-"}  reads {call.Reads?.Name ?? "-"}");
        }

        Assert.Equal(
            ["CompaniesApi", "GuidanceApi", "IdentityAdminApi", "InsightsApi", "InternshipsApi", "NotificationsApi", "StaffDirectory", "StudentsApi"],
            PortalCalls.Clients.Select(client => client.Name));
        Assert.All(PortalCalls.Clients, client => Assert.Contains(calls, call => call.Client == client.Name));
        Assert.Equal(
            [ResourceNames.Companies, ResourceNames.Guidance, ResourceNames.Identity, ResourceNames.Insights, ResourceNames.Internships, ResourceNames.Notifications, ResourceNames.Students],
            calls.Select(call => call.Service).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_call_of_the_portal_reaches_an_operation_of_its_API()
    {
        var missing = PortalCalls.Discover()
            .Where(call => documents.For(call.Service).Find(call.Method, call.Path) is null)
            .Select(call => call.ToString())
            .ToList();

        Assert.True(missing.Count == 0, "Calls without an operation in the API's document:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void What_the_portal_reads_fits_the_answers_the_APIs_describe()
    {
        var problems = new List<string>();
        var checkedTypes = 0;
        foreach (var call in PortalCalls.Discover().Where(call => call.Reads is not null))
        {
            var document = documents.For(call.Service);
            if (document.Find(call.Method, call.Path) is not { } operation)
            {
                continue; // Reported by Every_call_of_the_portal_reaches_an_operation_of_its_API.
            }

            if (operation.ResponseSchema is not { } schema)
            {
                problems.Add($"{call}: the portal reads {call.Reads!.Name}, the API's document describes no JSON answer");
                continue;
            }

            checkedTypes++;
            problems.AddRange(SchemaCheck.Compare(document, Direction.Reads, call.Reads!, schema, call.ToString(), PortalTexts.KnownValues));
        }

        output.WriteLine($"{checkedTypes} answers checked");
        Assert.True(problems.Count == 0, "The portal reads what the APIs do not answer:\n" + string.Join("\n", problems.Distinct()));
    }

    [Fact]
    public void What_the_portal_sends_fits_the_requests_the_APIs_describe()
    {
        var problems = new List<string>();
        var checkedTypes = 0;
        foreach (var call in PortalCalls.Discover().Where(call => call.Sends is not null))
        {
            var document = documents.For(call.Service);
            if (document.Find(call.Method, call.Path) is not { } operation)
            {
                continue;
            }

            var properties = call.Sends!.GetProperties().Length;
            if (operation.RequestSchema is not { } schema)
            {
                // An empty object to an operation without a body is how the portal posts a bare action.
                if (properties > 0)
                {
                    problems.Add($"{call}: the portal sends {call.Sends.Name}, the API's document describes no JSON body");
                }

                continue;
            }

            checkedTypes++;
            problems.AddRange(SchemaCheck.Compare(document, Direction.Sends, call.Sends, schema, call.ToString(), PortalTexts.KnownValues));
        }

        output.WriteLine($"{checkedTypes} request bodies checked");
        Assert.True(problems.Count == 0, "The portal sends what the APIs do not read:\n" + string.Join("\n", problems.Distinct()));
    }

    [Fact]
    public void Every_text_table_entry_names_a_model_property_the_portal_exchanges()
    {
        var exchanged = PortalCalls.Discover().SelectMany(call => new[] { call.Reads, call.Sends }).OfType<Type>().ToList();
        Assert.All(PortalTexts.Entries, entry =>
        {
            Assert.NotNull(entry.Type.GetProperty(entry.Property));
            Assert.NotEmpty(PortalTexts.ValuesUnder(entry.Prefix));
        });
        Assert.NotEmpty(exchanged);
    }

    // The check itself: a model naming a field the API lacks, a field of another JSON type, a non-nullable field the
    // API may answer null, and a value the API does not define must each be reported.

    private sealed record CompanyWithAnInventedField(Guid Id, string Name, string FoundedBy);

    private sealed record CompanyWithANumberForAnId(int Id, string Name);

    private sealed record PlacementWithAWrongNullability(Guid Id, Guid TrainerId);

    private sealed record PlacementStatusOnly(string Status);

    [Fact]
    public void A_model_with_a_property_the_API_does_not_have_fails_the_check()
    {
        var problems = ReadProblems<CompanyWithAnInventedField>(ResourceNames.Companies, HttpMethod.Get, $"/api/companies/{PortalCalls.SomeId}");

        var problem = Assert.Single(problems);
        Assert.Contains("foundedBy", problem);
        Assert.Contains("has no property", problem);
    }

    [Fact]
    public void A_model_with_a_property_of_another_JSON_type_fails_the_check()
    {
        var problems = ReadProblems<CompanyWithANumberForAnId>(ResourceNames.Companies, HttpMethod.Get, $"/api/companies/{PortalCalls.SomeId}");

        var problem = Assert.Single(problems);
        Assert.Contains(".id", problem);
        Assert.Contains("integer", problem);
    }

    [Fact]
    public void A_model_that_cannot_hold_a_null_the_API_may_answer_fails_the_check()
    {
        var problems = ReadProblems<PlacementWithAWrongNullability>(ResourceNames.Internships, HttpMethod.Get, $"/api/placements/{PortalCalls.SomeId}");

        var problem = Assert.Single(problems);
        Assert.Contains(".trainerId", problem);
        Assert.Contains("null", problem);
    }

    [Fact]
    public void A_value_the_API_does_not_define_fails_the_check()
    {
        // A schema written here: the check of the values, whatever the documents describe today.
        var document = new OpenApiDocument("example", (JsonObject)JsonNode.Parse("""
            { "components": { "schemas": { "Status": { "type": "string", "enum": ["proposed", "active"] } } } }
            """)!);
        var schema = (JsonObject)JsonNode.Parse("""{ "type": "object", "properties": { "status": { "$ref": "#/components/schemas/Status" } } }""")!;

        var problems = SchemaCheck.Compare(document, Direction.Reads, typeof(PlacementStatusOnly), schema, "placement",
            (_, property) => property == nameof(PlacementStatusOnly.Status) ? ["active", "Active"] : null);

        var problem = Assert.Single(problems);
        Assert.Contains("'Active'", problem);
    }

    private IReadOnlyList<string> ReadProblems<T>(string service, HttpMethod method, string path)
    {
        var document = documents.For(service);
        var operation = document.Find(method, path) ?? throw new InvalidOperationException($"{service}: no operation {method} {path}.");
        var schema = operation.ResponseSchema ?? throw new InvalidOperationException($"{operation}: no JSON answer in the document.");
        return SchemaCheck.Compare(document, Direction.Reads, typeof(T), schema, $"{method} {path}");
    }
}
