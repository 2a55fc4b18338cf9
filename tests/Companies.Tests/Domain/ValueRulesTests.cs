using PartnershipHub.Companies.Domain;
using PartnershipHub.Geography;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Companies.Tests.Domain;

public sealed class ValueRulesTests
{
    [Theory]
    [InlineData("12345678", "12345678")]
    [InlineData(" 0123 4567 ", "01234567")]
    public void KvK_numbers_of_eight_digits_are_accepted(string text, string expected)
    {
        Assert.Equal(expected, KvkNumber.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1234567")]
    [InlineData("123456789")]
    [InlineData("1234567X")]
    [InlineData("１２３４５６７８")]
    public void Other_KvK_numbers_are_refused(string? text)
    {
        Assert.Contains("kvkNumber", Assert.Throws<FieldValidationException>(() => KvkNumber.Parse(text)).Errors.Keys);
    }

    [Theory]
    [InlineData("25662", true)]
    [InlineData("2566", false)]
    [InlineData("256620", false)]
    [InlineData("2566a", false)]
    [InlineData(null, false)]
    public void Crebo_codes_are_five_digits(string? text, bool valid)
    {
        Assert.Equal(valid, Crebo.IsValid(text));
    }

    [Fact]
    public void A_location_without_coordinates_gets_its_postcode_areas_centre()
    {
        var location = LocationDetails.Create(null, "Dam 1", "1012js", "Amsterdam", null, null, PostcodeAreas.Netherlands, "location");

        Assert.Equal("1012 JS", location.Postcode);
        Assert.Equal(CoordinatesSource.PostcodeArea, location.CoordinatesSource);
        Assert.Equal(52.37, location.Latitude!.Value, 0.05);
    }

    [Fact]
    public void A_location_in_an_area_missing_from_the_table_is_flagged_not_put_at_zero()
    {
        var location = LocationDetails.Create(null, "Postbus 1", "1000 AA", "Amsterdam", null, null, PostcodeAreas.Netherlands, "location");

        Assert.Equal(CoordinatesSource.Missing, location.CoordinatesSource);
        Assert.Null(location.Latitude);
        Assert.Null(location.Longitude);
    }

    [Theory]
    [InlineData(91.0, 5.0, "location.latitude")]
    [InlineData(52.0, 181.0, "location.longitude")]
    [InlineData(double.NaN, 5.0, "location.latitude")]
    public void Coordinates_out_of_range_are_refused(double latitude, double longitude, string field)
    {
        var error = Assert.Throws<FieldValidationException>(() =>
            LocationDetails.Create(null, "Dam 1", "1012 JS", "Amsterdam", latitude, longitude, PostcodeAreas.Netherlands, "location"));

        Assert.Contains(field, error.Errors.Keys);
    }

    [Fact]
    public void Offers_are_normalised_slugs_without_duplicates()
    {
        Assert.Equal(["close-supervision", "part-time-hours"], Offers.Normalize([" Close-Supervision", "part-time-hours", "close-supervision"]));
        Assert.Contains("offers[1]", Assert.Throws<FieldValidationException>(() => Offers.Normalize(["part-time-hours", "not ok"], "offers")).Errors.Keys);
    }

    [Theory]
    [InlineData(0, "maxStudents")]
    [InlineData(21, "maxStudents")]
    public void A_trainer_supervises_a_sensible_number_of_students(int maxStudents, string field)
    {
        var error = Assert.Throws<FieldValidationException>(() => TrainerDetails.Create("A", "a@x.nl", null, [], maxStudents, true));

        Assert.Contains(field, error.Errors.Keys);
    }

    [Fact]
    public void Deterministic_ids_depend_only_on_the_name()
    {
        Assert.Equal(DeterministicGuid.Create("a"), DeterministicGuid.Create("a"));
        Assert.NotEqual(DeterministicGuid.Create("a"), DeterministicGuid.Create("b"));
        Assert.Equal(8, DeterministicGuid.Create("a").Version);
    }
}
