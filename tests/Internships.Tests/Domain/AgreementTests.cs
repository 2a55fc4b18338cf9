using System.Buffers.Text;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Agreements;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;
using Xunit;

namespace PartnershipHub.Internships.Tests.Domain;

/// <summary>The agreement's rules without a database: who must sign, the guardian's link, the paper scan, the agreement's state.</summary>
public sealed class AgreementTests
{
    private static readonly DateTimeOffset Now = new(2026, 8, 20, 10, 0, 0, TimeSpan.Zero);

    private static Placement NewPlacement() => Placement.Propose(
        Guid.NewGuid(), Guid.NewGuid(), "Company", Guid.NewGuid(), null, "25662", LearningRoute.Bol, Guid.NewGuid(),
        new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 31), 400, null, Now);

    private static AgreementSignature Signature(AgreementParty party, SignatureMethod method = SignatureMethod.Portal) =>
        new(party, method, "Signer", null, null, "test", Now);

    [Fact]
    public void A_minors_agreement_is_signed_only_with_the_guardians_signature_too()
    {
        var placement = NewPlacement();
        Assert.False(placement.RecordSignature(Signature(AgreementParty.Student), studentIsMinor: true));
        Assert.False(placement.RecordSignature(Signature(AgreementParty.School), studentIsMinor: true));
        Assert.False(placement.RecordSignature(Signature(AgreementParty.Company), studentIsMinor: true));
        Assert.Equal(PlacementStatus.Proposed, placement.Status);

        var refused = Assert.Throws<AgreementIncompleteException>(() => placement.Activate(placement.StartDate, true, studentIsMinor: true));
        Assert.Equal([AgreementParty.Guardian], refused.Missing);
        Assert.Equal(["guardian"], (string[])refused.Extensions["missing"]!);

        Assert.True(placement.RecordSignature(Signature(AgreementParty.Guardian, SignatureMethod.GuardianLink), studentIsMinor: true));
        Assert.Equal(PlacementStatus.AgreementSigned, placement.Status);
    }

    [Fact]
    public void A_guardian_signs_only_for_a_minor_only_by_link_or_paper_and_the_link_only_for_the_guardian()
    {
        var placement = NewPlacement();
        Assert.Equal("guardian-not-needed",
            Assert.Throws<ConflictException>(() => placement.RecordSignature(Signature(AgreementParty.Guardian, SignatureMethod.GuardianLink), false)).Rule);
        Assert.Contains("party", Assert.Throws<FieldValidationException>(() => placement.RecordSignature(Signature(AgreementParty.Guardian), true)).Errors.Keys);
        Assert.Contains("method", Assert.Throws<FieldValidationException>(() => placement.RecordSignature(Signature(AgreementParty.Student, SignatureMethod.GuardianLink), true)).Errors.Keys);
        Assert.Contains("file", Assert.Throws<FieldValidationException>(() => placement.RecordSignature(Signature(AgreementParty.Student, SignatureMethod.Paper), true)).Errors.Keys);
        Assert.Empty(placement.Signatures);

        placement.RecordSignature(Signature(AgreementParty.Guardian, SignatureMethod.Paper) with { DocumentId = Guid.NewGuid() }, true);
        Assert.Equal("already-signed",
            Assert.Throws<ConflictException>(() => placement.RecordSignature(Signature(AgreementParty.Guardian, SignatureMethod.GuardianLink), true)).Rule);
    }

    [Fact]
    public void A_student_signature_that_named_a_parent_before_guardians_signed_themselves_stands_for_the_guardian()
    {
        var placement = NewPlacement();
        placement.RecordSignature(new AgreementSignature(AgreementParty.Student, SignatureMethod.Portal, "Sem", "Parent P.", null, "test", Now), true);

        Assert.True(placement.HasSigned(AgreementParty.Guardian));
        Assert.Equal([AgreementParty.School, AgreementParty.Company], placement.MissingSignatures(studentIsMinor: true));
    }

    [Fact]
    public void The_guardians_link_is_a_hashed_single_use_token_for_14_days_and_a_new_one_replaces_it()
    {
        var (link, token) = AgreementGuardianLink.Issue(Guid.NewGuid(), Guid.NewGuid(), "Ria", "ria@example.nl", "student:x", Now);

        Assert.Equal(32, Base64Url.DecodeFromChars(token).Length);
        Assert.Equal(link.TokenHash, AgreementGuardianLink.HashOf(token));
        Assert.Equal(Now.AddDays(14), link.ExpiresAt);
        Assert.Null(AgreementGuardianLink.HashOf("not a token"));
        Assert.Null(AgreementGuardianLink.HashOf(new string('a', 5000)));

        var renewed = link.Renew("Ria", "ria@example.nl", "coordinator:y", Now.AddDays(1));
        Assert.NotEqual(token, renewed);
        Assert.NotEqual(link.TokenHash, AgreementGuardianLink.HashOf(token));
        Assert.Equal(Now.AddDays(15), link.ExpiresAt);

        Assert.Equal("guardian-link-expired", Assert.Throws<ConflictException>(() => link.RequireUsable(Now.AddDays(15))).Rule);
        link.MarkUsed(Now.AddDays(2));
        Assert.Equal("guardian-link-used", Assert.Throws<ConflictException>(() => link.RequireUsable(Now.AddDays(2))).Rule);
    }

    [Fact]
    public void Only_a_file_starting_with_the_pdf_marker_is_a_pdf()
    {
        Assert.True(AgreementDocument.LooksLikePdf("%PDF-1.7\n"u8));
        Assert.False(AgreementDocument.LooksLikePdf("PK\u0003\u0004"u8));
        Assert.False(AgreementDocument.LooksLikePdf([]));
    }

    [Fact]
    public void The_agreements_state_is_its_own_and_void_when_the_placement_ended_before_everyone_signed()
    {
        var placement = NewPlacement();
        Assert.Equal(AgreementStatus.Unsigned, AgreementView.StatusOf(placement, placement.MissingSignatures(false)));
        placement.RecordSignature(Signature(AgreementParty.Student), false);
        Assert.Equal(AgreementStatus.PartlySigned, AgreementView.StatusOf(placement, placement.MissingSignatures(false)));
        placement.EndBeforeTime(placement.StartDate, PlacementEndReason.Other, "school", null);
        Assert.Equal(AgreementStatus.Cancelled, AgreementView.StatusOf(placement, placement.MissingSignatures(false)));

        var active = NewPlacement();
        foreach (var party in Placement.RequiredParties(false))
        {
            active.RecordSignature(Signature(party), false);
        }

        active.Activate(active.StartDate, true);
        Assert.Equal(AgreementStatus.Signed, AgreementView.StatusOf(active, active.MissingSignatures(false)));
    }
}
