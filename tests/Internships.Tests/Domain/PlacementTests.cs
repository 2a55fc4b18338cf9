using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.ServiceDefaults.Errors;
using Xunit;

namespace PartnershipHub.Internships.Tests.Domain;

public sealed class PlacementTests
{
    private static Placement NewPlacement() => Placement.Propose(
        Guid.NewGuid(), Guid.NewGuid(), "Company", Guid.NewGuid(), null, "25662", LearningRoute.Bol, Guid.NewGuid(),
        new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 31), 400, null, DateTimeOffset.UtcNow);

    private static AgreementSignature Signature(AgreementParty party, string? guardian = null) =>
        new(party, SignatureMethod.Portal, "Signer", guardian, null, "test", DateTimeOffset.UtcNow);

    [Fact]
    public void Placement_cannot_start_without_signed_agreement()
    {
        var placement = NewPlacement();
        var conflict = Assert.Throws<AgreementIncompleteException>(() => placement.Activate(placement.StartDate, accreditationCurrent: true));
        Assert.Equal("agreement-incomplete", conflict.Rule);
        Assert.Equal("proposed", conflict.Extensions["state"]);
        Assert.Equal(["sign", "end-early"], (IReadOnlyList<string>)conflict.Extensions["allowedTransitions"]!);
        Assert.Equal([AgreementParty.Student, AgreementParty.School, AgreementParty.Company], conflict.Missing);
    }

    [Fact]
    public void Third_signature_signs_the_agreement_and_each_change_raises_the_version()
    {
        var placement = NewPlacement();
        Assert.False(placement.RecordSignature(Signature(AgreementParty.School), false));
        Assert.False(placement.RecordSignature(Signature(AgreementParty.Company), false));
        Assert.True(placement.RecordSignature(Signature(AgreementParty.Student), false));
        Assert.Equal(PlacementStatus.AgreementSigned, placement.Status);
        Assert.Equal(4, placement.Version);
    }

    [Fact]
    public void Placement_cannot_start_without_a_current_accreditation()
    {
        var placement = NewPlacement();
        foreach (var party in Placement.RequiredParties(studentIsMinor: false))
        {
            placement.RecordSignature(Signature(party), false);
        }

        Assert.Throws<TransitionConflictException>(() => placement.Activate(placement.StartDate, accreditationCurrent: false));
        placement.Activate(placement.StartDate, accreditationCurrent: true);
        Assert.Equal(PlacementStatus.Active, placement.Status);
    }

    [Fact]
    public void A_minor_signs_and_a_parent_or_guardian_signs_too()
    {
        var placement = NewPlacement();
        Assert.False(placement.RecordSignature(Signature(AgreementParty.Student), studentIsMinor: true));
        Assert.Equal([AgreementParty.Guardian, AgreementParty.School, AgreementParty.Company], placement.MissingSignatures(studentIsMinor: true));
        Assert.Equal([AgreementParty.School, AgreementParty.Company], placement.MissingSignatures(studentIsMinor: false));
    }

    [Fact]
    public void Minor_is_decided_on_the_start_date()
    {
        Assert.True(Placement.IsMinorOn(new DateOnly(2008, 9, 2), new DateOnly(2026, 9, 1)));
        Assert.False(Placement.IsMinorOn(new DateOnly(2008, 9, 1), new DateOnly(2026, 9, 1)));
    }

    [Fact]
    public void The_teacher_is_in_every_snapshot_and_each_change_of_teacher_raises_the_version()
    {
        var placement = NewPlacement();
        var teacher = Guid.NewGuid();
        Assert.Null(placement.Snapshot().TeacherStaffId);

        placement.AssignTeacher(teacher);
        Assert.Equal(teacher, placement.Snapshot().TeacherStaffId);
        Assert.Equal(2, placement.Version);
        placement.Flag(PlacementRisk.NoRecentContact);
        Assert.Equal(teacher, placement.Snapshot().TeacherStaffId);

        placement.AssignTeacher(null);
        Assert.Null(placement.Snapshot().TeacherStaffId);
        Assert.Equal(4, placement.Version);
    }

    [Fact]
    public void A_risk_is_flagged_once()
    {
        var placement = NewPlacement();
        Assert.True(placement.Flag(PlacementRisk.AccreditationRevoked));
        Assert.False(placement.Flag(PlacementRisk.AccreditationRevoked));
        Assert.Equal(PlacementStatus.Proposed, placement.Status);
    }

    [Fact]
    public void Ended_placements_allow_nothing()
    {
        var placement = NewPlacement();
        placement.EndBeforeTime(new DateOnly(2026, 8, 1), PlacementEndReason.CompanyCircumstances, "company", null);
        var conflict = Assert.Throws<TransitionConflictException>(() => placement.EndBeforeTime(new DateOnly(2026, 8, 1), PlacementEndReason.Other, "school", null));
        Assert.Empty(conflict.AllowedTransitions);
    }
}
