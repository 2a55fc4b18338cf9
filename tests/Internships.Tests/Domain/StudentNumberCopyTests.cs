using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using Xunit;

namespace PartnershipHub.Internships.Tests.Domain;

/// <summary>The copy keeps the student number (matching's proposals and the placements list show it), under the basic record's version rule.</summary>
public sealed class StudentNumberCopyTests
{
    private static readonly Enrolment Enrolment = new(Guid.NewGuid(), "25662", "Verkoopmedewerker", 2, LearningRoute.Bol, new DateOnly(2025, 8, 1), new DateOnly(2027, 7, 31), null);

    [Fact]
    public void The_number_follows_the_newest_basic_record_and_is_blanked_on_erasure()
    {
        var id = Guid.NewGuid();
        var copy = new StudentCopy { Id = id };

        copy.Apply(new StudentEnrolled(id, "900001", "Sem", "de Jong", new DateOnly(2009, 3, 1), null, null, null, null, "2025-VK2", Enrolment, null, 2));
        copy.Apply(new StudentUpdated(id, "800001", "Sem", "de Jong", new DateOnly(2009, 3, 1), null, null, null, null, "2025-VK2", StudentStatus.Active, 1));
        Assert.Equal("900001", copy.StudentNumber);

        copy.Apply(new StudentUpdated(id, "900002", "Sem", "de Jong", new DateOnly(2009, 3, 1), null, null, null, null, "2025-VK2", StudentStatus.Active, 3));
        Assert.Equal("900002", copy.StudentNumber);

        copy.Erase();
        Assert.Equal("", copy.StudentNumber);
    }
}
