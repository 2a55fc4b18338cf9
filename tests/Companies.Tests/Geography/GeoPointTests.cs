using PartnershipHub.Geography;

namespace PartnershipHub.Companies.Tests.Geography;

public sealed class GeoPointTests
{
    [Fact]
    public void Amsterdam_1012_and_Utrecht_3511_are_about_35_km_apart()
    {
        PostcodeAreas.Netherlands.TryFind("1012", out var amsterdam);
        PostcodeAreas.Netherlands.TryFind("3511", out var utrecht);

        var distance = amsterdam.Centre.DistanceKmTo(utrecht.Centre);

        Assert.InRange(distance, 33, 37);
    }

    [Fact]
    public void Distance_is_symmetric_and_zero_to_itself()
    {
        var groningen = new GeoPoint(53.2194, 6.5665);
        var maastricht = new GeoPoint(50.8514, 5.6910);

        Assert.Equal(0, groningen.DistanceKmTo(groningen));
        Assert.Equal(groningen.DistanceKmTo(maastricht), maastricht.DistanceKmTo(groningen), 9);
        // Groningen–Maastricht as the crow flies: about 270 km.
        Assert.InRange(groningen.DistanceKmTo(maastricht), 265, 275);
    }

    [Fact]
    public void One_degree_of_latitude_is_about_111_km()
    {
        Assert.Equal(111.2, new GeoPoint(52, 5).DistanceKmTo(new GeoPoint(53, 5)), 0.1);
    }

    [Fact]
    public void Antipodes_are_half_the_earth_apart()
    {
        Assert.Equal(Math.PI * 6371.0088, new GeoPoint(0, 0).DistanceKmTo(new GeoPoint(0, 180)), 0.001);
    }
}
