namespace PartnershipHub.Students.Domain;

/// <summary>The national number of a qualification: exactly five digits (e.g. 25655).</summary>
public static class CreboCode
{
    public static bool IsValid(string? text) => text is { Length: 5 } && text.All(char.IsAsciiDigit);
}
