namespace PartnershipHub.Students.Domain;

/// <summary>A named strength or development point from the talent scan, optionally scored 1–5.</summary>
public sealed record TalentItem(string Name, int? Score);
