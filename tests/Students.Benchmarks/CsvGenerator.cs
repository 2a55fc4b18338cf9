using System.Text;

namespace PartnershipHub.Students.Benchmarks;

/// <summary>A student information system export of realistic shape, deterministic so runs compare.</summary>
internal static class CsvGenerator
{
    private static readonly string[] FirstNames = ["Sem", "Noah", "Liam", "Daan", "Emma", "Julia", "Mila", "Sophie", "Mohamed", "Noor", "Aya", "Fleur"];
    private static readonly string[] LastNames = ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Yilmaz", "El Amrani", "Kok"];
    private static readonly string[] Postcodes = ["3511 AB", "3521 CD", "1011 AB", "3811 DE", "3441 FG", "5611 AA", "9711 AB", "2511 BA"];
    private static readonly (string Crebo, string Name)[] Qualifications =
        [("25258", "Verkoper"), ("25252", "Timmerman"), ("25195", "Kapper"), ("25655", "Medewerker ICT"), ("25480", "Helpende zorg en welzijn")];

    public const string Header =
        "studentNumber,firstName,lastName,dateOfBirth,email,phone,homePostcode,cohort,crebo,qualificationName,level,route,startDate,expectedEndDate,team,mentorStaffId";

    public static IReadOnlyList<Guid> Mentors { get; } = [.. Enumerable.Range(1, 40).Select(i => new Guid($"be0c0000-0000-0000-0000-{i:000000000000}"))];

    /// <summary>Writes <paramref name="rows"/> students numbered from <paramref name="firstNumber"/>; cohorts of 500 unless one is given.</summary>
    public static async Task WriteAsync(string path, int rows, int firstNumber, string? cohort = null)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        await writer.WriteLineAsync(Header);
        var line = new StringBuilder(256);
        for (var i = 0; i < rows; i++)
        {
            var n = firstNumber + i;
            var qualification = Qualifications[n % Qualifications.Length];
            var year = 2023 + n % 3;
            line.Clear()
                .Append(n).Append(',')
                .Append(FirstNames[n % FirstNames.Length]).Append(',')
                .Append(LastNames[(n / 7) % LastNames.Length]).Append(',')
                .Append($"{year - 16 - n % 3}-{1 + n % 12:00}-{1 + n % 28:00}").Append(',')
                .Append("student").Append(n).Append("@example.nl,")
                .Append("06 ").Append(10_000_000 + n % 89_999_999).Append(',')
                .Append(Postcodes[n % Postcodes.Length]).Append(',')
                .Append(cohort ?? $"{year}-C{n / 500:000}").Append(',')
                .Append(qualification.Crebo).Append(',').Append(qualification.Name).Append(",2,")
                .Append(n % 5 == 0 ? "BBL" : "BOL").Append(',')
                .Append(year).Append("-09-01,").Append(year + 2).Append("-07-01,")
                .Append("Team ").Append(n % 9).Append(',')
                .Append(Mentors[n % Mentors.Count]);
            await writer.WriteLineAsync(line);
        }
    }
}
