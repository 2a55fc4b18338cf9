using PartnershipHub.Contracts;
using PartnershipHub.Insights.Domain;

namespace PartnershipHub.Insights.Infrastructure;

/// <summary>
/// Generates three school years of synthetic, anonymous facts for given programmes: cohorts that enrol each September,
/// placements per school year at the given companies, early endings with reasons (most in the first months), students
/// who leave early, graduate or move up a level, signals with response times, attitude assessments by trainer, teacher
/// and the student, intakes with progression wishes and plan follow-ups, and answered end-of-placement surveys whose
/// scores follow each company's own quality. Every id is a random Guid (v4), so nothing collides with real ids. The same
/// generator feeds the demo history seed (hundreds of students) and the dashboard benchmark (tens of thousands).
/// </summary>
public sealed class DemoHistoryGenerator(int seed)
{
    public static readonly IReadOnlyList<string> Criteria =
        ["punctuality", "initiative", "cooperation", "communication", "feedback", "care-safety", "appearance", "reflection"];

    private static readonly string[] Rules =
        ["hoursBehindPlan", "hoursBehindPlan", "earlyLeavingWatch", "repeatedNeedsAttention", "reviewOverdue", "noSchoolCompanyContact", "manual", "workplaceConcern", "absenceAboveThreshold", "placementAtRisk"];

    private static readonly string[] StudentComments =
    [
        "Ik werd goed begeleid door mijn praktijkopleider.",
        "Leuke collega's, ik mocht veel zelf doen.",
        "Soms was er weinig tijd voor uitleg.",
        "Ik heb veel geleerd over klantcontact.",
        "De eerste weken waren zwaar, daarna ging het beter.",
        "Ik had meer afwisseling in de taken gewild.",
        "Duidelijke afspraken en goede feedback.",
    ];

    private static readonly string[] Prefixes =
        ["Bakkerij", "Bouwbedrijf", "Kapsalon", "Timmerwerken", "Modehuis", "Supermarkt", "Installatiebedrijf", "Haarstudio", "Interieurbouw", "Tuincentrum"];

    private static readonly string[] Families =
        ["Van Dam", "De Groot", "Hoekstra", "Van Leeuwen", "Kuipers", "Postma", "Brouwer", "Van der Meer", "Dijkstra", "Wouters", "Koster", "Verbeek", "Schouten", "Prins", "Huisman"];

    private static readonly string[] Places =
        ["Zwolle", "Deventer", "Amersfoort", "Utrecht", "Houten", "Nieuwegein", "Zeist", "Woerden", "Apeldoorn", "Ede", "Veenendaal", "Culemborg", "Gouda", "Hilversum"];

    private readonly Random _random = new(seed);

    /// <summary>
    /// A history up to <paramref name="now"/>: <paramref name="students"/> students spread over the programmes and three
    /// cohorts; each programme's placements go to its companies (and the first <paramref name="favourite"/> students of
    /// the first programme to its first company, so that company has answers to show).
    /// </summary>
    public DemoHistory Generate(
        DateTimeOffset now,
        int students,
        IReadOnlyList<DemoProgramme> programmes,
        IReadOnlyList<Guid> mentors,
        int favourite = 0)
    {
        var history = new DemoHistory();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var thisYear = today.Month >= 9 ? today.Year : today.Year - 1;
        var firstCohort = thisYear - 3;
        var periods = new Dictionary<int, (PeriodFact First, PeriodFact Second)>();
        for (var year = firstCohort; year < thisYear; year++)
        {
            var first = new PeriodFact { Id = Guid.NewGuid(), Name = $"{year}-{year + 1} BPV 1", Start = new DateOnly(year, 9, 15), End = new DateOnly(year + 1, 1, 31) };
            var second = new PeriodFact { Id = Guid.NewGuid(), Name = $"{year}-{year + 1} BPV 2", Start = new DateOnly(year + 1, 2, 1), End = new DateOnly(year + 1, 6, 30) };
            periods[year] = (first, second);
            history.Periods.Add(first);
            history.Periods.Add(second);
        }

        var quality = new Dictionary<Guid, double>();
        double Quality(Guid company) => quality.TryGetValue(company, out var q) ? q : quality[company] = Math.Clamp(Normal(3.9, 0.55), 1.8, 4.9);

        for (var n = 0; n < students; n++)
        {
            var programme = programmes[n % programmes.Count];
            var cohort = firstCohort + _random.Next(3);
            var start = new DateOnly(cohort, 9, 1);
            var student = new StudentFact
            {
                Id = Guid.NewGuid(),
                Crebo = programme.Crebo,
                QualificationName = programme.Name,
                Level = programme.Level,
                FirstLevel = programme.Level,
                Route = _random.NextDouble() < 0.2 ? LearningRoute.Bbl : LearningRoute.Bol,
                Team = programme.Team,
                Cohort = $"{cohort}-{programme.Code}",
                EnrolmentStart = start,
                ExpectedEnd = start.AddYears(2),
                Status = StudentStatus.Active,
                MentorStaffId = mentors[_random.Next(mentors.Count)],
                Version = 1,
            };
            var ability = Math.Clamp(Normal(2.8, 0.5), 1.4, 3.9);

            // Early leaving: about one in eight, most within the first months.
            DateOnly? left = null;
            if (_random.NextDouble() < 0.13)
            {
                var months = _random.NextDouble() < 0.55 ? _random.Next(0, 3) : _random.Next(3, 20);
                var on = start.AddMonths(months).AddDays(_random.Next(0, 28));
                if (on < today)
                {
                    left = on;
                    student.Status = StudentStatus.LeftEarly;
                    student.LeftOn = on;
                    student.LeavingReason = Pick(
                        (LeavingReason.PoorFitWithTrade, 40), (LeavingReason.PrivateCircumstances, 30), (LeavingReason.Work, 12), (LeavingReason.OtherProgramme, 12), (LeavingReason.Other, 6));
                }
            }

            if (left is null && student.ExpectedEnd <= today)
            {
                if (_random.NextDouble() < 0.88)
                {
                    student.Status = StudentStatus.Graduated;
                    student.LeftOn = student.ExpectedEnd.AddDays(-_random.Next(0, 60));
                }
            }

            // Intake and progression wish; about half want to move up.
            if (_random.NextDouble() < 0.9)
            {
                student.IntakeDate = start.AddMonths(-3).AddDays(_random.Next(0, 60));
                student.ProgressionWish = Pick((ProgressionWish.Level3, 40), (ProgressionWish.Level4, 8), (ProgressionWish.Work, 32), (ProgressionWish.Undecided, 20));
                if (student.ProgressionWish is ProgressionWish.Level3 or ProgressionWish.Level4)
                {
                    var followed = _random.NextDouble() < 0.6;
                    history.FollowUps.Add(new ProgressionFollowUp
                    {
                        StudentId = student.Id,
                        HasGoal = followed,
                        GoalStatus = followed ? Pick(("met", 35), ("open", 45), ("adjusted", 12), ("dropped", 8)) : null,
                        FirstSetAt = followed ? At(start.AddMonths(2)) : null,
                        PlanVersion = 1,
                    });
                    if (student.Status == StudentStatus.Graduated && _random.NextDouble() < (followed ? 0.55 : 0.3))
                    {
                        // Moved up: now enrolled at the next level.
                        student.Level = programme.Level + 1;
                        student.Status = StudentStatus.Active;
                        student.LeftOn = null;
                    }
                }
            }

            history.Students.Add(student);
            var end = left ?? (student.Status == StudentStatus.Graduated ? student.LeftOn!.Value : today);

            // One placement per school year of the enrolment, at one of the programme's companies.
            for (var year = cohort; year < Math.Min(thisYear + 1, cohort + 2); year++)
            {
                var period = periods.TryGetValue(year, out var pair) ? (_random.NextDouble() < 0.6 ? pair.First : pair.Second) : null;
                var placementStart = period?.Start.AddDays(_random.Next(0, 14)) ?? new DateOnly(year, 9, 15).AddDays(_random.Next(0, 14));
                if (placementStart >= end || placementStart > today)
                {
                    break;
                }

                var company = n < favourite && programme == programmes[0] && year == cohort ? programme.Companies[0] : programme.Companies[_random.Next(programme.Companies.Count)];
                var plannedEnd = period?.End ?? placementStart.AddMonths(5);
                var risk = 0.10 + (4.0 - Quality(company)) * 0.06;
                var placement = new PlacementFact
                {
                    Id = Guid.NewGuid(),
                    StudentId = student.Id,
                    CompanyId = company,
                    TrainerId = programme.Trainers.TryGetValue(company, out var trainer) ? trainer : null,
                    Crebo = programme.Crebo,
                    Route = student.Route,
                    PeriodId = period?.Id ?? Guid.NewGuid(),
                    StartDate = placementStart,
                    EndDate = plannedEnd,
                    StartedOn = placementStart,
                    Status = PlacementStatus.Active,
                    Version = 1,
                };
                if (left is { } leftOn && leftOn <= plannedEnd)
                {
                    End(placement, leftOn, PlacementEndReason.StudentLeftSchool);
                }
                else if (_random.NextDouble() < risk)
                {
                    var earlyOn = placementStart.AddDays(_random.NextDouble() < 0.6 ? _random.Next(7, 90) : _random.Next(90, 150));
                    if (earlyOn < today && earlyOn < plannedEnd)
                    {
                        End(placement, earlyOn, Pick(
                            (PlacementEndReason.PoorFitWithTrade, 35), (PlacementEndReason.StudentConduct, 20), (PlacementEndReason.StudentCircumstances, 20),
                            (PlacementEndReason.CompanyCircumstances, 15), (PlacementEndReason.Other, 10)));
                    }
                }

                if (placement.EndedOn is null && plannedEnd < today)
                {
                    placement.Status = PlacementStatus.Completed;
                    placement.EndedOn = plannedEnd;
                    placement.EndedByRole = "coordinator";
                }

                history.Placements.Add(placement);
                AddSurveys(history, placement, Quality(company), now, forceAnswer: n < favourite && company == programme.Companies[0]);
                AddAssessments(history, student, placement, ability, today);
            }

            AddSignals(history, student, end, now);
        }

        return history;
    }

    /// <summary>Companies with plausible Dutch names and a random id, for a programme's list.</summary>
    public List<CompanyFact> Companies(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new CompanyFact
        {
            Id = Guid.NewGuid(),
            Name = $"{Prefixes[_random.Next(Prefixes.Length)]} {Families[_random.Next(Families.Length)]} {Places[_random.Next(Places.Length)]}{(count > 200 ? $" {i + 1}" : "")}",
            Active = true,
            Version = 0,
        })];

    private void End(PlacementFact placement, DateOnly on, PlacementEndReason reason)
    {
        placement.Status = PlacementStatus.EndedEarly;
        placement.EndedOn = on;
        placement.EndedEarly = true;
        placement.EndReason = reason;
        placement.EndedByRole = reason == PlacementEndReason.StudentLeftSchool ? "coordinator" : Pick(("coordinator", 60), ("trainer", 40));
    }

    private void AddSurveys(DemoHistory history, PlacementFact placement, double quality, DateTimeOffset now, bool forceAnswer)
    {
        if (placement.EndedOn is not { } ended)
        {
            return;
        }

        foreach (var respondent in placement.TrainerId is null ? [SurveyRespondent.Student] : new[] { SurveyRespondent.Student, SurveyRespondent.Trainer })
        {
            var answeredAt = At(ended.AddDays(_random.Next(1, 30))).AddHours(_random.Next(8, 20));
            var answers = answeredAt < now && (forceAnswer && respondent == SurveyRespondent.Student || _random.NextDouble() < (respondent == SurveyRespondent.Student ? 0.6 : 0.45));
            var mood = quality - (placement.EndedEarly ? 0.8 : 0) + Normal(0, 0.35);
            history.Surveys.Add(new Survey
            {
                Id = Guid.NewGuid(),
                PlacementId = placement.Id,
                StudentId = placement.StudentId,
                CompanyId = placement.CompanyId,
                TrainerId = respondent == SurveyRespondent.Trainer ? placement.TrainerId : null,
                Respondent = respondent,
                Crebo = placement.Crebo,
                PeriodId = placement.PeriodId,
                PlacementEndedOn = ended,
                PlacementEndedEarly = placement.EndedEarly,
                OpenedAt = At(ended),
                ClosesOn = ended.AddDays(42),
                AnsweredAt = answers ? answeredAt : null,
                Scores = answers ? [.. Enumerable.Range(0, 10).Select(_ => (int)Math.Clamp(Math.Round(mood + Normal(0, 0.6)), 1, 5))] : null,
                Comment = answers && respondent == SurveyRespondent.Student && _random.NextDouble() < 0.35 ? StudentComments[_random.Next(StudentComments.Length)] : null,
            });
        }
    }

    private void AddAssessments(DemoHistory history, StudentFact student, PlacementFact placement, double ability, DateOnly today)
    {
        var last = placement.EndedOn ?? today;
        var middle = placement.StartedOn!.Value.AddDays(Math.Max(1, (last.DayNumber - placement.StartedOn.Value.DayNumber) / 2));
        if (middle >= today)
        {
            return;
        }

        foreach (var (role, bias, chance) in new[] { ("trainer", -0.1, 0.9), ("teacher", 0.15, 0.8), ("self", 0.4, 0.5) })
        {
            if (_random.NextDouble() >= chance)
            {
                continue;
            }

            var submitted = At(middle.AddDays(_random.Next(-10, 10))).AddHours(_random.Next(8, 18));
            var assessment = new AssessmentFact
            {
                Id = Guid.NewGuid(),
                StudentId = student.Id,
                PlacementId = placement.Id,
                AssessorRole = role,
                Kind = _random.NextDouble() < 0.8 ? "formative" : "summative",
                SubmittedAt = submitted,
            };
            foreach (var criterion in Criteria)
            {
                // Now and then a trainer sees a criterion quite differently from the school.
                var level = (int)Math.Clamp(Math.Round(ability + bias + Normal(0, 0.5) + (role == "trainer" && _random.NextDouble() < 0.05 ? -1.5 : 0)), 1, 4);
                history.Levels.Add(new AssessmentLevelFact
                {
                    AssessmentId = assessment.Id, CriterionKey = criterion, StudentId = student.Id, Level = level, SubmittedAt = submitted, AssessorRole = role,
                });
                if (level == 1)
                {
                    assessment.NeedsAttentionCount++;
                }
            }

            history.Assessments.Add(assessment);
        }
    }

    private void AddSignals(DemoHistory history, StudentFact student, DateOnly end, DateTimeOffset now)
    {
        var days = end.DayNumber - student.EnrolmentStart.DayNumber;
        var count = days <= 0 ? 0 : Pick((0, 45), (1, 30), (2, 15), (3, 10));
        for (var i = 0; i < count; i++)
        {
            var raised = At(student.EnrolmentStart.AddDays(_random.Next(0, days))).AddHours(_random.Next(7, 22));
            var acknowledged = _random.NextDouble() < 0.85 ? raised.AddHours(Math.Round(Math.Exp(Normal(2.8, 1.0)), 1)) : (DateTimeOffset?)null;
            var resolved = _random.NextDouble() < 0.7 ? (acknowledged ?? raised).AddDays(_random.Next(1, 30)) : (DateTimeOffset?)null;
            history.Signals.Add(new SignalFact
            {
                Id = Guid.NewGuid(),
                StudentId = student.Id,
                Rule = Rules[_random.Next(Rules.Length)],
                Urgent = _random.NextDouble() < 0.12,
                RaisedAt = raised,
                AcknowledgedAt = acknowledged < now ? acknowledged : null,
                ResolvedAt = resolved < now ? resolved : null,
            });
        }
    }

    private T Pick<T>(params (T Value, int Weight)[] choices)
    {
        var roll = _random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if ((roll -= weight) < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }

    private double Normal(double mean, double deviation) =>
        mean + (deviation * Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble()));

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
