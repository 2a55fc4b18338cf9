using PartnershipHub.Geography;

namespace PartnershipHub.Companies.Tests.Geography;

public sealed class DutchPostcodeTests
{
    [Theory]
    [InlineData("1234 AB", "1234 AB")]
    [InlineData("1234AB", "1234 AB")]
    [InlineData("1234 ab", "1234 AB")]
    [InlineData("  3511ax ", "3511 AX")]
    [InlineData("9999 ZZ", "9999 ZZ")]
    [InlineData("1 2 3 4 A B", "1234 AB")]
    public void Well_formed_postcodes_parse_and_print_in_the_standard_form(string text, string expected)
    {
        Assert.True(DutchPostcode.TryParse(text, out var postcode));
        Assert.Equal(expected, postcode.ToString());
        Assert.Equal(expected[..4], postcode.Digits);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0123 AB")]
    [InlineData("123 AB")]
    [InlineData("12345 AB")]
    [InlineData("1234 A")]
    [InlineData("1234 ABC")]
    [InlineData("1234 A1")]
    [InlineData("ABCD 12")]
    [InlineData("1234 SA")]
    [InlineData("1234 SD")]
    [InlineData("1234 SS")]
    [InlineData("1234-AB")]
    [InlineData("1234 ÄB")]
    public void Malformed_or_never_issued_postcodes_are_refused(string? text)
    {
        Assert.False(DutchPostcode.TryParse(text, out _));
    }
}
