namespace PartnershipHub.Students.Features.Import;

/// <summary>
/// The columns of a student information system export, named like the API's JSON fields so an error names the same
/// field either way. Headers match case-insensitively and ignore spaces, '_' and '-' ("student_number" works too).
/// </summary>
public static class StudentCsvColumns
{
    public const string StudentNumber = "studentNumber";
    public const string FirstName = "firstName";
    public const string LastName = "lastName";
    public const string DateOfBirth = "dateOfBirth";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string HomePostcode = "homePostcode";
    public const string Cohort = "cohort";
    public const string Crebo = "crebo";
    public const string QualificationName = "qualificationName";
    public const string Level = "level";
    public const string Route = "route";
    public const string StartDate = "startDate";
    public const string ExpectedEndDate = "expectedEndDate";
    public const string Team = "team";
    public const string MentorStaffId = "mentorStaffId";

    public static IReadOnlyList<string> Required { get; } =
        [StudentNumber, FirstName, LastName, DateOfBirth, Cohort, Crebo, QualificationName, Level, Route, StartDate, ExpectedEndDate];

    public static IReadOnlyList<string> All { get; } =
        [StudentNumber, FirstName, LastName, DateOfBirth, Email, Phone, HomePostcode, Cohort, Crebo, QualificationName, Level, Route, StartDate, ExpectedEndDate, Team, MentorStaffId];

    public static string Normalise(string header) =>
        new([.. header.Where(c => c is not (' ' or '_' or '-')).Select(char.ToLowerInvariant)]);
}
