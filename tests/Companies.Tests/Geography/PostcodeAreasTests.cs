using PartnershipHub.Geography;

namespace PartnershipHub.Companies.Tests.Geography;

public sealed class PostcodeAreasTests
{
    [Fact]
    public void The_embedded_table_holds_all_4064_areas()
    {
        Assert.Equal(4064, PostcodeAreas.Netherlands.Count);
    }

    [Theory]
    [InlineData("1012", "Amsterdam", 52.37, 4.90)]
    [InlineData("3511", "Utrecht", 52.09, 5.11)]
    [InlineData("9711", "Groningen", 53.22, 6.57)]
    [InlineData("6211", "Maastricht", 50.85, 5.69)]
    public void Known_areas_are_found_with_their_place_and_centre(string pc4, string place, double latitude, double longitude)
    {
        Assert.True(PostcodeAreas.Netherlands.TryFind(pc4, out var area));
        Assert.Equal(place, area.Place);
        Assert.Equal(latitude, area.Centre.Latitude, 0.05);
        Assert.Equal(longitude, area.Centre.Longitude, 0.05);
    }

    [Fact]
    public void A_full_postcode_is_located_by_its_area()
    {
        Assert.True(DutchPostcode.TryParse("1012 JS", out var postcode));

        var centre = PostcodeAreas.Netherlands.Locate(postcode);

        Assert.NotNull(centre);
        PostcodeAreas.Netherlands.TryFind("1012", out var area);
        Assert.Equal(area.Centre, centre);
    }

    [Fact]
    public void A_well_formed_postcode_of_an_area_missing_from_the_table_has_no_coordinates_never_zero()
    {
        Assert.True(DutchPostcode.TryParse("1000 AA", out var postcode));

        Assert.Null(PostcodeAreas.Netherlands.Locate(postcode));
        Assert.False(PostcodeAreas.Netherlands.TryFind("1000", out _));
    }

    [Fact]
    public void Every_area_lies_in_the_Netherlands()
    {
        foreach (var pc4 in Enumerable.Range(1000, 9000).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            if (PostcodeAreas.Netherlands.TryFind(pc4, out var area))
            {
                Assert.InRange(area.Centre.Latitude, 50.7, 53.6);
                Assert.InRange(area.Centre.Longitude, 3.3, 7.3);
            }
        }
    }
}
