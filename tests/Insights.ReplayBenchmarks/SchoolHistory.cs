using PartnershipHub.Contracts;

namespace PartnershipHub.Insights.ReplayBenchmarks;

/// <summary>
/// The event history of one college over some school years, as Students, Companies, Internships and Guidance published it:
/// companies with trainers and capacity per period, students enrolled per cohort with intakes, mentors, a move up now
/// and then, leaving early (most in the first three months) or graduating, a few erased; a placement per school year
/// (proposed, started, ended or ended early), signals raised, acknowledged and resolved, attitude assessments with
/// levels, plan updates with progression goals. Deterministic for a seed; events in the order they happened.
/// </summary>
internal sealed class SchoolHistory
{
    private static readonly DateOnly FirstSchoolYear = new(2023, 9, 1);

    private static readonly (string Crebo, string Name, int Level)[] Programmes =
    [
        ("25258", "Verkoper", 2), ("25180", "Kapper", 2), ("25655", "Logistiek medewerker", 2), ("25498", "Medewerker bediening", 2),
        ("25169", "Helpende zorg en welzijn", 2), ("25491", "Kok", 2), ("25259", "Eerste verkoper", 3), ("25181", "Allround kapper", 3),
        ("25480", "Verzorgende IG", 3), ("25596", "Pedagogisch medewerker", 4),
    ];

    private static readonly string[] Rules = ["hoursBehindPlan", "noSchoolCompanyContact", "attitudeNeedsAttention", "absence", "manual"];

    private static readonly string[] Criteria =
        ["punctuality", "keepingAgreements", "initiative", "cooperation", "communication", "acceptingFeedback", "careAndSafety", "appearance", "reflection"];

    private readonly Random _random;
    private readonly List<IntegrationEvent> _events = [];
    private readonly DateOnly _end;

    private SchoolHistory(int seed, int years)
    {
        _random = new Random(seed);
        _end = FirstSchoolYear.AddYears(years).AddDays(-1);
    }

    public IReadOnlyList<IntegrationEvent> Events => _events;

    public ExpectedFacts Expected { get; private set; } = null!;

    public static SchoolHistory Generate(int students, int companies, int years, int seed)
    {
        var history = new SchoolHistory(seed, years);
        var periods = history.Periods(years);
        var places = history.Companies(companies, periods);
        var expected = history.Students(students, years, periods, places);
        history._events.Sort((a, b) => a.OccurredAt.CompareTo(b.OccurredAt));
        history.Expected = expected with
        {
            Companies = companies,
            Trainers = places.Sum(c => c.Trainers.Count),
            Periods = periods.Count,
        };
        return history;
    }

    private sealed record Period(Guid Id, string Name, DateOnly Start, DateOnly End);

    private sealed class Company(Guid id, string name, string[] crebos)
    {
        public Guid Id { get; } = id;

        public string Name { get; } = name;

        public string[] Crebos { get; } = crebos;

        public List<Guid> Trainers { get; } = [];

        public long Version { get; set; }
    }

    private List<Period> Periods(int years)
    {
        var periods = new List<Period>();
        for (var year = 0; year < years; year++)
        {
            var start = FirstSchoolYear.AddYears(year);
            periods.Add(new Period(NewId(), $"BPV {start.Year}-1", start, new DateOnly(start.Year + 1, 1, 31)));
            periods.Add(new Period(NewId(), $"BPV {start.Year}-2", new DateOnly(start.Year + 1, 2, 1), new DateOnly(start.Year + 1, 6, 30)));
        }

        return periods;
    }

    private List<Company> Companies(int count, List<Period> periods)
    {
        var companies = new List<Company>(count);
        for (var i = 0; i < count; i++)
        {
            var crebos = _random.NextDouble() < 0.25 ? new[] { Programme().Crebo, Programme().Crebo }.Distinct().ToArray() : [Programme().Crebo];
            var company = new Company(NewId(), $"Leerbedrijf {i + 1:D4}", crebos);
            companies.Add(company);
            var registered = FirstSchoolYear.AddDays(-_random.Next(60, 400));
            Add(new CompanyRegistered(company.Id, company.Name, $"{10_000_000 + i}", "retail", true, [], crebos, ++company.Version), registered, 9);
            for (var t = 0; t < (_random.NextDouble() < 0.3 ? 2 : 1); t++)
            {
                var trainer = NewId();
                company.Trainers.Add(trainer);
                Add(new TrainerRegistered(trainer, company.Id, "Trainer", $"trainer{i}.{t}@Leerbedrijf{i}.example", null, crebos, 3, ++company.Version), registered.AddDays(1), 10);
                if (_random.NextDouble() < 0.05)
                {
                    var deactivated = SomeDayBetween(FirstSchoolYear, _end);
                    Add(new TrainerDeactivated(trainer, company.Id, ++company.Version), deactivated, 11);
                    if (_random.NextDouble() < 0.2)
                    {
                        Add(new TrainerErased(trainer, company.Id, ++company.Version), deactivated.AddDays(30), 11);
                    }
                }
            }

            foreach (var period in periods)
            {
                foreach (var crebo in crebos)
                {
                    Add(new CapacityPublished(company.Id, period.Id, period.Name, period.Start, period.End, crebo, _random.Next(1, 4), ++company.Version),
                        period.Start.AddDays(-_random.Next(45, 90)), 12);
                }
            }

            if (_random.NextDouble() < 0.1)
            {
                Add(new CompanyUpdated(company.Id, company.Name + " B.V.", $"{10_000_000 + i}", "retail", _random.NextDouble() < 0.8, [], crebos, ++company.Version),
                    SomeDayBetween(FirstSchoolYear, _end), 13);
            }
        }

        return companies;
    }

    private ExpectedFacts Students(int count, int years, List<Period> periods, List<Company> companies)
    {
        var byCrebo = companies.SelectMany(c => c.Crebos.Select(crebo => (crebo, c))).ToLookup(x => x.crebo, x => x.c);
        var mentors = Enumerable.Range(0, Math.Max(1, count / 25)).Select(_ => NewId()).ToArray();
        var expected = new ExpectedFacts();
        for (var i = 0; i < count; i++)
        {
            var student = new StudentHistory(this, NewId(), FirstSchoolYear.AddYears(i % years), mentors);
            student.Write(periods, byCrebo, companies);
            expected = student.Erased
                ? expected with { Erased = expected.Erased + 1 }
                : expected with
                {
                    Students = expected.Students + 1,
                    Placements = expected.Placements + student.Placements,
                    Signals = expected.Signals + student.Signals,
                    Assessments = expected.Assessments + student.Assessments,
                    StudentSurveys = expected.StudentSurveys + student.EndedPlacements,
                    TrainerSurveysWithStudent = expected.TrainerSurveysWithStudent + student.EndedPlacementsWithTrainer,
                };
        }

        return expected;
    }

    /// <summary>One student's events, each part of the record numbered in one sequence as Students does.</summary>
    private sealed class StudentHistory(SchoolHistory history, Guid id, DateOnly enrolledOn, Guid[] mentors)
    {
        private long _version;
        private (string Crebo, string Name, int Level) _programme = history.Programme();

        public bool Erased { get; private set; }

        public int Placements { get; private set; }

        public int EndedPlacements { get; private set; }

        public int EndedPlacementsWithTrainer { get; private set; }

        public int Signals { get; private set; }

        public int Assessments { get; private set; }

        public void Write(List<Period> periods, ILookup<string, Company> byCrebo, List<Company> companies)
        {
            var random = history._random;
            var expectedEnd = new DateOnly(enrolledOn.Year + (_programme.Level == 2 ? 2 : 3), 7, 1);
            var mentor = random.NextDouble() < 0.8 ? mentors[random.Next(mentors.Length)] : (Guid?)null;
            history.Add(new StudentEnrolled(id, $"{random.Next(100_000, 999_999)}", "Voornaam", "Achternaam", new DateOnly(2007, 1, 1), null, null, null, null,
                enrolledOn.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Enrolment(enrolledOn, expectedEnd), mentor, ++_version),
                enrolledOn.AddDays(-random.Next(50, 90)), 9);
            var wish = (ProgressionWish)Pick(random, [0.2, 0.4, 0.35, 0.05]);
            if (random.NextDouble() < 0.9)
            {
                history.Add(new IntakeCompleted(id, enrolledOn.AddDays(-random.Next(5, 45)),
                    new NeedsSummary(NeedLevel.None, NeedLevel.Some, NeedLevel.None, NeedLevel.Some, NeedLevel.None), wish,
                    new InternshipPreferences([], null, []), ++_version), enrolledOn.AddDays(-random.Next(1, 4)), 14);
            }

            if (mentor is null || random.NextDouble() < 0.15)
            {
                history.Add(new MentorAssigned(id, mentors[random.Next(mentors.Length)], ++_version), enrolledOn.AddDays(random.Next(1, 120)), 10);
            }

            // How the enrolment ends: early (most in the first three months), graduated, or still enrolled at the history's end.
            DateOnly? leftOn = null;
            if (random.NextDouble() < 0.15)
            {
                leftOn = random.NextDouble() < 0.4 ? enrolledOn.AddDays(random.Next(10, 90)) : SomeDayBetween(random, enrolledOn.AddDays(90), expectedEnd);
            }

            var until = Min(leftOn ?? expectedEnd, history._end);
            if (random.NextDouble() < 0.1)
            {
                history.Add(new StudentUpdated(id, "0", "Voornaam", "Achternaam", new DateOnly(2007, 1, 1), null, null, null, null,
                    enrolledOn.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StudentStatus.Active, ++_version),
                    SomeDayBetween(random, enrolledOn, until), 15);
            }

            if (_programme.Level == 2 && until > enrolledOn.AddYears(1) && random.NextDouble() < 0.1)
            {
                _programme = Programmes.First(p => p.Level == 3);
                history.Add(new EnrolmentChanged(id, Enrolment(enrolledOn.AddYears(1), expectedEnd.AddYears(1)), ++_version), enrolledOn.AddYears(1), 9);
            }

            var plans = new PlanWriter(history, id, wish);
            plans.Write(enrolledOn.AddDays(30), until);
            foreach (var period in periods.Where(p => p.Start >= enrolledOn && p.Start < until))
            {
                // One placement per school year, in the first or the second period.
                if ((period.Name.EndsWith("-1", StringComparison.Ordinal) ? 0 : 1) == (id.GetHashCode() & 1))
                {
                    Placement(period, leftOn, byCrebo, companies);
                }
            }

            if (leftOn is { } left && left <= history._end)
            {
                history.Add(new StudentStatusChanged(id, StudentStatus.LeftEarly, (LeavingReason)Pick(random, [0.35, 0.3, 0.15, 0.15, 0.05]), left, ++_version), left, 16);
            }
            else if (leftOn is null && expectedEnd <= history._end)
            {
                history.Add(new StudentStatusChanged(id, StudentStatus.Graduated, null, expectedEnd, ++_version), expectedEnd, 16);
            }

            var finished = leftOn ?? (expectedEnd <= history._end ? expectedEnd : (DateOnly?)null);
            if (finished is { } on && on.AddDays(60) < history._end && random.NextDouble() < 0.02)
            {
                Erased = true;
                history.Add(new StudentErased(id), SomeDayBetween(random, on.AddDays(60), history._end), 17);
            }

        }

        private Enrolment Enrolment(DateOnly start, DateOnly expectedEnd) =>
            new(Guid.Empty, _programme.Crebo, _programme.Name, _programme.Level, LearningRoute.Bol, start, expectedEnd, "Team " + _programme.Name);

        private void Placement(Period period, DateOnly? leftOn, ILookup<string, Company> byCrebo, List<Company> companies)
        {
            var random = history._random;
            var candidates = byCrebo[_programme.Crebo].ToList();
            var company = candidates.Count > 0 ? candidates[random.Next(candidates.Count)] : companies[random.Next(companies.Count)];
            var trainer = company.Trainers.Count > 0 && random.NextDouble() < 0.9 ? company.Trainers[0] : (Guid?)null;
            var snapshot = new PlacementSnapshot(history.NewId(), id, company.Id, company.Name, Guid.Empty, trainer, _programme.Crebo, LearningRoute.Bol,
                period.Id, period.Start, period.End, 400, PlacementStatus.Proposed, []);
            long version = 0;
            Placements += history.Add(new PlacementProposed(snapshot, ++version), period.Start.AddDays(-random.Next(20, 50)), 11) ? 1 : 0;
            var startedOn = period.Start.AddDays(random.Next(0, 10));
            if (leftOn is { } left && left <= startedOn)
            {
                return;
            }

            var active = snapshot with { Status = PlacementStatus.Active, StartedOn = startedOn };
            history.Add(new PlacementStarted(active, startedOn, ++version), startedOn, 8);

            // Ends: when the student leaves school, early for another reason (often soon), or completed at the period's end.
            var (endedOn, early, reason) = leftOn is { } l && l < period.End
                ? (l, true, PlacementEndReason.StudentLeftSchool)
                : random.NextDouble() < 0.1
                    ? (startedOn.AddDays(random.Next(10, 120)), true, (PlacementEndReason)Pick(random, [0.4, 0.2, 0.2, 0.15, 0.0, 0.0, 0.05]))
                    : (period.End, false, (PlacementEndReason?)null);
            endedOn = Min(endedOn, period.End);
            SignalsAndAssessments(active, startedOn, Min(endedOn, history._end));
            if (endedOn <= history._end)
            {
                var ended = active with { Status = early ? PlacementStatus.EndedEarly : PlacementStatus.Completed };
                if (history.Add(new PlacementEnded(ended, endedOn, early, early ? reason : null, early ? "coordinator" : null, ++version), endedOn, 17))
                {
                    EndedPlacements++;
                    EndedPlacementsWithTrainer += trainer is null ? 0 : 1;
                }
            }
        }

        private void SignalsAndAssessments(PlacementSnapshot placement, DateOnly from, DateOnly to)
        {
            var random = history._random;
            if (to <= from)
            {
                return;
            }

            for (var s = Pick(random, [0.4, 0.35, 0.25]); s > 0; s--)
            {
                var signal = history.NewId();
                var rule = Rules[random.Next(Rules.Length)];
                var raisedAt = At(SomeDayBetween(random, from, to), random.Next(7, 18));
                Signals += history.Add(new RiskSignalRaised(signal, id, null, rule, random.NextDouble() < 0.2, rule == "manual" ? "staff" : null, raisedAt), raisedAt) ? 1 : 0;
                var answered = raisedAt;
                if (random.NextDouble() < 0.75)
                {
                    answered = raisedAt.AddHours(random.Next(1, 96));
                    history.Add(new RiskSignalAcknowledged(signal, id, rule, "mentor", answered), answered);
                }

                if (random.NextDouble() < 0.65)
                {
                    var resolved = answered.AddDays(random.Next(1, 30));
                    history.Add(new RiskSignalResolved(signal, id, rule, "mentor", resolved), resolved);
                }
            }

            var mid = from.AddDays((to.DayNumber - from.DayNumber) / 2);
            var roles = new List<string> { "self" };
            if (placement.TrainerId is not null)
            {
                roles.Add("trainer");
            }

            if (random.NextDouble() < 0.5)
            {
                roles.Add("teacher");
            }

            foreach (var role in roles)
            {
                var levels = Criteria.Where(_ => random.NextDouble() < 0.9).Select(c => new CriterionLevel(c, 1 + Pick(random, [0.1, 0.25, 0.45, 0.2]))).ToList();
                var submittedAt = At(mid.AddDays(random.Next(0, 7)), random.Next(8, 17));
                Assessments += history.Add(new AttitudeAssessmentSubmitted(history.NewId(), id, placement.PlacementId, role, "periodic", submittedAt,
                    [.. levels.Where(l => l.Level == 1).Select(l => l.CriterionKey)],
                    [.. levels.Where(_ => random.NextDouble() < 0.05).Select(l => l.CriterionKey)], null, levels), submittedAt) ? 1 : 0;
            }
        }
    }

    /// <summary>A student's plan, saved every few months; a student wishing to move up often gets a futureWishes goal.</summary>
    private sealed class PlanWriter(SchoolHistory history, Guid studentId, ProgressionWish wish)
    {
        public void Write(DateOnly from, DateOnly until)
        {
            var random = history._random;
            var wishGoal = wish is ProgressionWish.Level3 or ProgressionWish.Level4 && random.NextDouble() < 0.6 ? history.NewId() : (Guid?)null;
            var other = history.NewId();
            long version = 0;
            for (var on = from; on < until && on <= history._end; on = on.AddDays(random.Next(120, 200)))
            {
                var goals = new List<PlanGoalFact> { new(other, "attitude", "initiative", version == 0 ? "open" : "met", false) };
                if (wishGoal is { } goal)
                {
                    goals.Add(new PlanGoalFact(goal, "futureWishes", null, version < 2 ? "open" : random.NextDouble() < 0.7 ? "met" : "adjusted", false));
                }

                var at = At(on, 14);
                history.Add(new PlanUpdated(studentId, 6, at, ++version, goals), at);
            }
        }
    }

    private (string Crebo, string Name, int Level) Programme() => Programmes[_random.Next(Programmes.Length)];

    private Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private bool Add(IntegrationEvent e, DateOnly on, int hour) => Add(e, At(on, hour));

    /// <summary>Adds the event when it happened within the history (answers whether it did).</summary>
    private bool Add(IntegrationEvent e, DateTimeOffset at)
    {
        if (DateOnly.FromDateTime(at.UtcDateTime) > _end)
        {
            return false;
        }

        _events.Add(e with { OccurredAt = at, EventId = NewId() });
        return true;
    }

    private DateOnly SomeDayBetween(DateOnly from, DateOnly to) => SomeDayBetween(_random, from, to);

    private static DateOnly SomeDayBetween(Random random, DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(random.Next(to.DayNumber - from.DayNumber));

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>An index drawn with the given weights.</summary>
    private static int Pick(Random random, double[] weights)
    {
        var roll = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}

/// <summary>What the read model must hold after the replay: students not erased and their facts; the tombstones.</summary>
internal sealed record ExpectedFacts(
    int Students = 0,
    int Erased = 0,
    int Placements = 0,
    int Signals = 0,
    int Assessments = 0,
    int StudentSurveys = 0,
    int TrainerSurveysWithStudent = 0,
    int Companies = 0,
    int Trainers = 0,
    int Periods = 0);
