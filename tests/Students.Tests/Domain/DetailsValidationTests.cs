using PartnershipHub.Contracts;
using PartnershipHub.Students.Domain;
using Xunit;

namespace PartnershipHub.Students.Tests.Domain;

public sealed class DetailsValidationTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("2525", "crebo")]
    [InlineData("25A58", "crebo")]
    [InlineData("252580", "crebo")]
    public void A_crebo_is_exactly_five_digits(string crebo, string field)
    {
        var errors = new ValidationErrors();
        EnrolmentDetails.Create(crebo, "Verkoper", 2, LearningRoute.Bol, Today, Today.AddYears(2), null, errors);

        Assert.Contains(field, errors.ToDictionary().Keys);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void The_level_is_one_to_four(int level)
    {
        var errors = new ValidationErrors();
        EnrolmentDetails.Create("25258", "Verkoper", level, LearningRoute.Bol, Today, Today.AddYears(2), null, errors, "enrolment.");

        Assert.Equal(["enrolment.level"], errors.ToDictionary().Keys);
    }

    [Fact]
    public void The_expected_end_is_after_the_start()
    {
        var errors = new ValidationErrors();
        EnrolmentDetails.Create("25258", "Verkoper", 2, LearningRoute.Bol, Today, Today, null, errors);

        Assert.Equal(["expectedEndDate"], errors.ToDictionary().Keys);
    }

    [Fact]
    public void Dates_outside_any_school_career_are_refused()
    {
        var errors = new ValidationErrors();
        EnrolmentDetails.Create("25258", "Verkoper", 2, LearningRoute.Bol, DateOnly.MinValue, DateOnly.MaxValue, null, errors);

        Assert.Equal(["expectedEndDate", "startDate"], errors.ToDictionary().Keys.Order());
    }

    [Fact]
    public void A_postcode_is_normalised_and_located()
    {
        var errors = new ValidationErrors();
        var details = StudentDetails.Create("S1", "Sanne", "Jansen", new DateOnly(2009, 1, 1), null, null, "3511ab", "2025", Today, errors);

        Assert.False(errors.Any);
        Assert.Equal("3511 AB", details.HomePostcode);
        Assert.NotNull(details.HomeLatitude);
    }

    [Fact]
    public void Every_bad_field_is_reported_at_once()
    {
        var errors = new ValidationErrors();
        StudentDetails.Create(" ", null, "Jansen", Today.AddYears(-5), "not-an-address", "call me", "12345", null, Today, errors);

        Assert.Equal(
            ["cohort", "dateOfBirth", "email", "firstName", "homePostcode", "phone", "studentNumber"],
            errors.ToDictionary().Keys.Order());
    }
}
