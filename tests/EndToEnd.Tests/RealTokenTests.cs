using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MimeKit;
using Xunit;

namespace PartnershipHub.EndToEnd.Tests;

/// <summary>
/// Tokens issued by the running Identity service, validated by the running APIs against its discovery document and
/// signing keys: no test keys anywhere on this path.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class RealTokenTests(RunningSystem system)
{
    [Fact]
    public async Task A_coordinator_signed_in_at_identity_reads_companies_and_students()
    {
        using var companies = await DemoUsers.ClientAsync(RunningSystem.Companies, DemoUsers.Coordinator, "companies");
        using var students = await DemoUsers.ClientAsync(RunningSystem.Students, DemoUsers.Coordinator, "students");

        var companyPage = await companies.GetFromJsonAsync<JsonElement>("/api/companies?pageSize=5");
        var studentPage = await students.GetFromJsonAsync<JsonElement>("/api/students?pageSize=5");

        Assert.True(companyPage.GetProperty("total").GetInt32() >= 120, "The demo register has 120 companies.");
        Assert.True(studentPage.GetProperty("total").GetInt32() >= 300, "The demo school has 300 students.");
    }

    [Fact]
    public async Task A_token_for_one_api_is_refused_by_another()
    {
        using var students = await DemoUsers.ClientAsync(RunningSystem.Students, DemoUsers.Coordinator, "companies");

        var response = await students.GetAsync("/api/students");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_trainer_reads_their_own_company_but_not_another_nor_the_student_register()
    {
        using var companies = await DemoUsers.ClientAsync(RunningSystem.Companies, DemoUsers.Trainer, "companies students");
        using var students = await DemoUsers.ClientAsync(RunningSystem.Students, DemoUsers.Trainer, "companies students");

        var own = await companies.GetAsync($"/api/companies/{DemoUsers.TrainersCompany}");
        var other = await companies.GetAsync($"/api/companies/{DemoUsers.OtherCompany}");
        var register = await students.GetAsync("/api/students");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains(other.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Equal(HttpStatusCode.Forbidden, register.StatusCode);
    }

    [Fact]
    public async Task A_student_reads_their_own_record_and_nobody_elses()
    {
        using var students = await DemoUsers.ClientAsync(RunningSystem.Students, DemoUsers.Student, "students");

        var own = await students.GetAsync($"/api/students/{DemoUsers.DemoStudent}");
        var other = await students.GetAsync("/api/students/5eed0000-0000-0000-0000-00000000b002");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains(other.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
    }

    [Fact]
    public async Task A_trainer_registered_in_companies_is_invited_by_identity_over_the_broker()
    {
        using var companies = await DemoUsers.ClientAsync(RunningSystem.Companies, DemoUsers.Coordinator, "companies");
        var existing = await companies.GetFromJsonAsync<JsonElement>($"/api/companies/{DemoUsers.TrainersCompany}/trainers");
        var crebos = existing.EnumerateArray().First().GetProperty("crebos").EnumerateArray().Select(c => c.GetString()).ToArray();
        var email = $"e2e-{Guid.NewGuid():N}@trainer.example.nl";

        var registered = await companies.PostAsJsonAsync($"/api/companies/{DemoUsers.TrainersCompany}/trainers",
            new { name = "Eva Eindtoets", email, phone = "0612345678", crebos, maxStudents = 2 });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);

        // Companies → outbox → RabbitMQ → Identity's consumer → invitation mail in the Development pickup folder.
        var mail = await WaitForMailToAsync(email, TimeSpan.FromSeconds(30));
        Assert.Contains("account/invitation?token=", mail.TextBody ?? mail.HtmlBody);
    }

    private async Task<MimeMessage> WaitForMailToAsync(string address, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Directory.Exists(system.MailDirectory))
            {
                foreach (var file in Directory.EnumerateFiles(system.MailDirectory, "*.eml"))
                {
                    var message = await MimeMessage.LoadAsync(file);
                    if (message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)))
                    {
                        return message;
                    }
                }
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"No invitation mail to {address} appeared in {system.MailDirectory}.");
    }
}
