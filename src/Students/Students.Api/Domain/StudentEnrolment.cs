using PartnershipHub.Contracts;

namespace PartnershipHub.Students.Domain;

/// <summary>One programme a student followed or follows; a programme change ends the current one and starts a new one.</summary>
public sealed class StudentEnrolment
{
    private StudentEnrolment()
    {
    }

    public Guid Id { get; private set; }

    public Guid StudentId { get; private set; }

    public string Crebo { get; private set; } = "";

    public string QualificationName { get; private set; } = "";

    public int Level { get; private set; }

    public LearningRoute Route { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly ExpectedEndDate { get; private set; }

    public string? Team { get; private set; }

    /// <summary>When a programme change replaced this enrolment; null for the current one.</summary>
    public DateOnly? EndedOn { get; private set; }

    public bool IsCurrent => EndedOn is null;

    public EnrolmentDetails Details => new(Crebo, QualificationName, Level, Route, StartDate, ExpectedEndDate, Team);

    internal static StudentEnrolment Start(Guid id, Guid studentId, EnrolmentDetails details) => new()
    {
        Id = id,
        StudentId = studentId,
        Crebo = details.Crebo,
        QualificationName = details.QualificationName,
        Level = details.Level,
        Route = details.Route,
        StartDate = details.StartDate,
        ExpectedEndDate = details.ExpectedEndDate,
        Team = details.Team,
    };

    internal void End(DateOnly endedOn) => EndedOn = endedOn;
}
