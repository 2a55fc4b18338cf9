using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Agreements;
using PartnershipHub.Internships.Features.Placements;
using PartnershipHub.Internships.Features.PersonalData;
using PartnershipHub.Internships.Tests.Support;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Internships.Tests.Api;

/// <summary>The agreement (POK): each party in its own role, the guardian's mailed link, paper scans, and the start's 409.</summary>
public sealed class AgreementSigningTests(InternshipsFixture fixture) : IClassFixture<InternshipsFixture>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    private readonly World _world = new(fixture);

    private HttpClient Coordinator => fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));

    private HttpClient Anonymous => fixture.Factory.CreateClient();

    private HttpClient AsStudent(Guid student) => fixture.CreateClient(TestTokens.Student(fixture.Audience, student));

    private HttpClient AsTrainer(Guid company) => fixture.CreateClient(TestTokens.Trainer(fixture.Audience, company));

    private static object Sign(string party) => new { party };

    private static DateOnly MinorBirth => World.PeriodStart.AddYears(-16);

    [Fact]
    public async Task Each_party_signs_only_for_itself_and_nobody_records_another_partys_portal_signature()
    {
        var teacher = Guid.NewGuid();
        var student = await _world.StudentAsync(birth: MinorBirth);
        var company = await _world.CompanyAsync();
        var id = await _world.PlacementAsync(student, company, teacher);
        var url = $"/api/placements/{id}/agreement/signatures";
        var asTeacher = fixture.CreateClient(TestTokens.Teacher(fixture.Audience, teacher));
        var mentor = fixture.CreateClient(TestTokens.Mentor(fixture.Audience, Guid.NewGuid()));

        var refused = new (HttpClient Caller, string Party)[]
        {
            (Coordinator, "Student"), (Coordinator, "Company"), (Coordinator, "Guardian"),
            (AsStudent(student), "School"), (AsStudent(student), "Company"), (AsStudent(student), "Guardian"),
            (AsTrainer(company), "Student"), (AsTrainer(company), "School"), (AsTrainer(company), "Guardian"),
            (asTeacher, "School"), (asTeacher, "Student"), (mentor, "School"),
            (AsTrainer(Guid.NewGuid()), "Company"), (AsStudent(Guid.NewGuid()), "Student"),
        };
        foreach (var (caller, party) in refused)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await caller.PostJsonAsync(url, Sign(party))).StatusCode);
        }

        Assert.Empty((await _world.LoadAsync(id)).Signatures);
        await (await AsStudent(student).PostJsonAsync(url, Sign("Student"))).ReadAsync<AgreementResponse>();
        await (await AsTrainer(company).PostJsonAsync(url, Sign("Company"))).ReadAsync<AgreementResponse>();
        var agreement = await (await Coordinator.PostJsonAsync(url, Sign("School"))).ReadAsync<AgreementResponse>();

        Assert.All(agreement.Signatures, s => Assert.Equal(SignatureMethod.Portal, s.Method));
        var byStudent = agreement.Signatures.Single(s => s.Party == AgreementParty.Student);
        Assert.Equal("Test student", byStudent.SignerName);
        Assert.Equal($"student:{student}", byStudent.RecordedBy);
        Assert.StartsWith("trainer:", agreement.Signatures.Single(s => s.Party == AgreementParty.Company).RecordedBy);
        Assert.StartsWith("coordinator:", agreement.Signatures.Single(s => s.Party == AgreementParty.School).RecordedBy);
        Assert.Equal([AgreementParty.Guardian], agreement.Missing);
        Assert.Equal([AgreementParty.Student, AgreementParty.Guardian, AgreementParty.School, AgreementParty.Company], agreement.Required);
        Assert.Equal(AgreementStatus.PartlySigned, agreement.AgreementStatus);
        Assert.Equal(PlacementStatus.Proposed, agreement.Status);
    }

    [Fact]
    public async Task A_start_with_missing_signatures_is_a_409_naming_the_missing_parties()
    {
        var student = await _world.StudentAsync(birth: MinorBirth);
        var company = await _world.CompanyAsync();
        var id = await _world.PlacementAsync(student, company);

        var none = await (await Coordinator.PostJsonAsync($"/api/placements/{id}/start")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("agreement-incomplete", none.GetProperty("rule").GetString());
        Assert.Equal(["student", "guardian", "school", "company"], none.GetProperty("missing").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("proposed", none.GetProperty("state").GetString());

        var url = $"/api/placements/{id}/agreement/signatures";
        await (await AsStudent(student).PostJsonAsync(url, Sign("Student"))).ReadAsync<AgreementResponse>();
        await (await AsTrainer(company).PostJsonAsync(url, Sign("Company"))).ReadAsync<AgreementResponse>();
        await (await Coordinator.PostJsonAsync(url, Sign("School"))).ReadAsync<AgreementResponse>();

        var guardianOnly = await (await Coordinator.PostJsonAsync($"/api/placements/{id}/start")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(["guardian"], guardianOnly.GetProperty("missing").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("parent or guardian", guardianOnly.GetProperty("detail").GetString());
        Assert.Equal(PlacementStatus.Proposed, (await _world.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task The_guardian_signs_once_through_the_mailed_link_without_an_account()
    {
        var student = await _world.StudentAsync(birth: MinorBirth);
        var company = await _world.CompanyAsync();
        var id = await _world.PlacementAsync(student, company);
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<AgreementGuardianLinkSent>().Collect<AgreementSignatureRecorded>());

        var sent = await (await AsStudent(student).PostJsonAsync($"/api/placements/{id}/agreement/guardian-link",
            new { guardianName = "Ria de Vries", guardianEmail = "ria@example.nl" })).ReadAsync<AgreementResponse>();
        Assert.Equal("ria@example.nl", sent.GuardianLink!.GuardianEmail);
        var mail = await events.WaitForAsync<AgreementGuardianLinkSent>(e => e.PlacementId == id);
        Assert.Equal(("ria@example.nl", "Ria de Vries", "Test"), (mail.GuardianEmail, mail.GuardianName, mail.StudentFirstName));
        Assert.StartsWith("Company ", mail.CompanyName);
        // The database keeps microseconds: the stored send time may lie a fraction of one before the event's.
        Assert.InRange(mail.ExpiresAt - sent.GuardianLink.SentAt - TimeSpan.FromDays(14), TimeSpan.Zero, TimeSpan.FromMilliseconds(1));

        // Only the hash of the 32 random bytes is kept.
        var secret = Base64Url.DecodeFromChars(mail.Token);
        Assert.Equal(32, secret.Length);
        var stored = await fixture.InDatabaseAsync(db => db.Set<AgreementGuardianLink>().AsNoTracking().SingleAsync(l => l.PlacementId == id));
        Assert.Equal(SHA256.HashData(secret), stored.TokenHash);

        var summary = await (await Anonymous.PostJsonAsync("/api/agreement-links/lookup", new { token = mail.Token })).ReadAsync<GuardianAgreementSummary>();
        Assert.Equal(("Test", World.PeriodStart, 400), (summary.StudentFirstName, summary.StartDate, summary.PlannedHours));

        await (await Anonymous.PostJsonAsync("/api/agreement-links/sign", new { token = mail.Token, signerName = "Ria de Vries", agree = false })).AssertFieldErrorAsync("agree");
        await (await Anonymous.PostJsonAsync("/api/agreement-links/sign", new { token = mail.Token, signerName = " ", agree = true })).AssertFieldErrorAsync("signerName");
        var signed = await (await Anonymous.PostJsonAsync("/api/agreement-links/sign", new { token = mail.Token, signerName = "Ria de Vries", agree = true })).ReadAsync<GuardianAgreementSummary>();
        Assert.NotNull(signed.SignedAt);

        var again = await (await Anonymous.PostJsonAsync("/api/agreement-links/sign", new { token = mail.Token, signerName = "Ria", agree = true })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("guardian-link-used", again.GetProperty("rule").GetString());
        var guardian = (await _world.LoadAsync(id)).Signatures.Single();
        Assert.Equal((AgreementParty.Guardian, SignatureMethod.GuardianLink, "Ria de Vries"), (guardian.Party, guardian.Method, guardian.SignerName));
        Assert.Equal($"guardian:{stored.LinkId}", guardian.RecordedBy);
        var recorded = await events.WaitForAsync<AgreementSignatureRecorded>(e => e.PlacementId == id && e.Party == "guardian");
        Assert.Equal(["student", "school", "company"], recorded.MissingParties);

        // The guardian has signed: no new link.
        var resend = await (await Coordinator.PostJsonAsync($"/api/placements/{id}/agreement/guardian-link",
            new { guardianName = "Ria", guardianEmail = "ria@example.nl" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("already-signed", resend.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_new_link_replaces_the_old_and_an_expired_or_unknown_link_is_refused()
    {
        var student = await _world.StudentAsync(birth: MinorBirth);
        var id = await _world.PlacementAsync(student);
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<AgreementGuardianLinkSent>());
        var url = $"/api/placements/{id}/agreement/guardian-link";

        await (await Coordinator.PostJsonAsync(url, new { guardianName = "Parent One", guardianEmail = "one@example.nl" })).ReadAsync<AgreementResponse>();
        var first = await events.WaitForAsync<AgreementGuardianLinkSent>(e => e.PlacementId == id && e.GuardianEmail == "one@example.nl");
        await (await Coordinator.PostJsonAsync(url, new { guardianName = "Parent Two", guardianEmail = "two@example.nl" })).ReadAsync<AgreementResponse>();
        var second = await events.WaitForAsync<AgreementGuardianLinkSent>(e => e.PlacementId == id && e.GuardianEmail == "two@example.nl");

        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.PostJsonAsync("/api/agreement-links/lookup", new { token = first.Token })).StatusCode);
        Assert.Equal("Parent Two", (await (await Anonymous.PostJsonAsync("/api/agreement-links/lookup", new { token = second.Token })).ReadAsync<GuardianAgreementSummary>()).GuardianName);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.PostJsonAsync("/api/agreement-links/lookup", new { token = "not-a-token" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.PostJsonAsync("/api/agreement-links/lookup", new { token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)) })).StatusCode);
        Assert.Equal(1, await fixture.InDatabaseAsync(db => db.Set<AgreementGuardianLink>().CountAsync(l => l.PlacementId == id)));

        await fixture.InDatabaseAsync(db => db.Set<AgreementGuardianLink>().Where(l => l.PlacementId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        var expired = await (await Anonymous.PostJsonAsync("/api/agreement-links/sign", new { token = second.Token, signerName = "Parent Two", agree = true })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("guardian-link-expired", expired.GetProperty("rule").GetString());
        Assert.Empty((await _world.LoadAsync(id)).Signatures);
    }

    [Fact]
    public async Task Only_the_coordinator_and_the_student_send_the_link_and_only_for_a_minor()
    {
        var teacher = Guid.NewGuid();
        var minor = await _world.StudentAsync(birth: MinorBirth);
        var company = await _world.CompanyAsync();
        var id = await _world.PlacementAsync(minor, company, teacher);
        var adultPlacement = await _world.PlacementAsync();
        var body = new { guardianName = "Parent", guardianEmail = "parent@example.nl" };
        var url = $"/api/placements/{id}/agreement/guardian-link";

        Assert.Equal(HttpStatusCode.Forbidden, (await AsTrainer(company).PostJsonAsync(url, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Teacher(fixture.Audience, teacher)).PostJsonAsync(url, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await AsStudent(Guid.NewGuid()).PostJsonAsync(url, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous.PostJsonAsync(url, body)).StatusCode);
        await (await Coordinator.PostJsonAsync(url, new { guardianName = "Parent", guardianEmail = "not an address" })).AssertFieldErrorAsync("guardianEmail");
        await (await Coordinator.PostJsonAsync(url, new { guardianName = "", guardianEmail = "parent@example.nl" })).AssertFieldErrorAsync("guardianName");
        var adult = await (await Coordinator.PostJsonAsync($"/api/placements/{adultPlacement}/agreement/guardian-link", body)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("guardian-not-needed", adult.GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await Coordinator.PostJsonAsync($"/api/placements/{Guid.NewGuid()}/agreement/guardian-link", body)).StatusCode);

        // The trainer sees that a link went out, not the guardian's address.
        await (await Coordinator.PostJsonAsync(url, body)).ReadAsync<AgreementResponse>();
        var seenByTrainer = await (await AsTrainer(company).GetAsync($"/api/placements/{id}/agreement")).ReadAsync<AgreementResponse>();
        Assert.Equal("Parent", seenByTrainer.GuardianLink!.GuardianName);
        Assert.Null(seenByTrainer.GuardianLink.GuardianEmail);
    }

    [Fact]
    public async Task A_paper_agreement_keeps_the_scan_for_the_coordinator_and_the_placements_parties()
    {
        var teacher = Guid.NewGuid();
        var student = await _world.StudentAsync(birth: MinorBirth);
        var company = await _world.CompanyAsync();
        var id = await _world.PlacementAsync(student, company, teacher);

        var agreement = await (await Coordinator.PostAsync($"/api/placements/{id}/agreement/paper",
            Paper(Pdf, ("student", "Sem Jansen"), ("guardian", "Ria Jansen"), ("company", "Piet Bakker")))).ReadAsync<AgreementResponse>();

        Assert.Equal([AgreementParty.School], agreement.Missing);
        var document = Assert.Single(agreement.Documents);
        Assert.Equal([AgreementParty.Student, AgreementParty.Company, AgreementParty.Guardian], document.Parties.Order());
        Assert.All(agreement.Signatures, s => Assert.Equal((SignatureMethod.Paper, document.Id), (s.Method, s.DocumentId)));
        Assert.Equal("Ria Jansen", agreement.Signatures.Single(s => s.Party == AgreementParty.Guardian).SignerName);

        var download = $"/api/placements/{id}/agreement/documents/{document.Id}";
        foreach (var reader in new[] { Coordinator, AsStudent(student), AsTrainer(company), fixture.CreateClient(TestTokens.Teacher(fixture.Audience, teacher)) })
        {
            var response = await reader.GetAsync(download);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(Pdf, await response.Content.ReadAsByteArrayAsync());
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await AsTrainer(Guid.NewGuid()).GetAsync(download)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await AsStudent(Guid.NewGuid()).GetAsync(download)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Mentor(fixture.Audience, Guid.NewGuid())).GetAsync(download)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Coordinator.GetAsync($"/api/placements/{id}/agreement/documents/{Guid.NewGuid()}")).StatusCode);

        // A party that already signed cannot be recorded again, on paper either; nothing of the refused upload is kept.
        var twice = await (await Coordinator.PostAsync($"/api/placements/{id}/agreement/paper", Paper(Pdf, ("student", "Sem"), ("school", "Coordinator")))).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("already-signed", twice.GetProperty("rule").GetString());
        Assert.Equal(1, await fixture.InDatabaseAsync(db => db.Set<AgreementDocument>().CountAsync(d => d.PlacementId == id)));
    }

    [Fact]
    public async Task A_paper_upload_must_be_a_pdf_of_at_most_10_MB_with_a_ticked_party_and_only_the_coordinator_uploads()
    {
        var student = await _world.StudentAsync();
        var company = await _world.CompanyAsync();
        var id = await _world.PlacementAsync(student, company);
        var url = $"/api/placements/{id}/agreement/paper";

        await (await Coordinator.PostAsync(url, Paper("hello world"u8.ToArray(), ("student", "Sem")))).AssertFieldErrorAsync("file");
        var big = new byte[AgreementDocument.MaxBytes + 1];
        Pdf.CopyTo(big, 0);
        await (await Coordinator.PostAsync(url, Paper(big, ("student", "Sem")))).AssertFieldErrorAsync("file");
        await (await Coordinator.PostAsync(url, Paper(Pdf))).AssertFieldErrorAsync("parties");
        await (await Coordinator.PostAsync(url, Paper(Pdf, ("company", " ")))).AssertFieldErrorAsync("company");
        await (await Coordinator.PostAsync(url, new MultipartFormDataContent { { new StringContent("Sem"), "student" } })).AssertFieldErrorAsync("file");
        await (await Coordinator.PostJsonAsync(url, new { student = "Sem" })).AssertFieldErrorAsync("file");
        Assert.Equal(HttpStatusCode.Forbidden, (await AsTrainer(company).PostAsync(url, Paper(Pdf, ("company", "Piet")))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await AsStudent(student).PostAsync(url, Paper(Pdf, ("student", "Sem")))).StatusCode);
        var adult = await (await Coordinator.PostAsync(url, Paper(Pdf, ("guardian", "Parent")))).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("guardian-not-needed", adult.GetProperty("rule").GetString());

        Assert.Empty((await _world.LoadAsync(id)).Signatures);
        Assert.Equal(0, await fixture.InDatabaseAsync(db => db.Set<AgreementDocument>().CountAsync(d => d.PlacementId == id)));
    }

    [Fact]
    public async Task The_guardians_address_is_in_the_students_export_and_goes_with_the_erasure()
    {
        var student = await _world.StudentAsync(birth: MinorBirth);
        var id = await _world.PlacementAsync(student);
        await (await Coordinator.PostJsonAsync($"/api/placements/{id}/agreement/guardian-link",
            new { guardianName = "Ria de Vries", guardianEmail = "ria@example.nl" })).ReadAsync<AgreementResponse>();

        var export = await (await AsStudent(student).GetAsync($"/api/students/{student}/export")).ReadAsync<InternshipsExport>();
        var link = export.Placements.Single().Agreement.GuardianLink!;
        Assert.Equal(("Ria de Vries", "ria@example.nl"), (link.GuardianName, link.GuardianEmail));

        await fixture.PublishAsync(new StudentErased(student));
        await Eventually.WaitUntilAsync(
            async () => (await fixture.InDatabaseAsync(db => db.Set<AgreementGuardianLink>().AsNoTracking().SingleAsync(l => l.PlacementId == id))).GuardianEmail == "",
            "the guardian's address to be erased");
        var erased = await fixture.InDatabaseAsync(db => db.Set<AgreementGuardianLink>().AsNoTracking().SingleAsync(l => l.PlacementId == id));
        Assert.Equal("", erased.GuardianName);
    }

    private static MultipartFormDataContent Paper(byte[] file, params (string Party, string Name)[] signers)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(content, "file", "pok-scan.pdf");
        foreach (var (party, name) in signers)
        {
            form.Add(new StringContent(name), party);
        }

        return form;
    }
}
