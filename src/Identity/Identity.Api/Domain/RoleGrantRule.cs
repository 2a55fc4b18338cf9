namespace PartnershipHub.Identity.Domain;

/// <summary>One row of <see cref="RoleGrantRules.Table"/>: the administrators who may grant the role, and the accounts that may hold it.</summary>
public sealed record RoleGrantRule(string Role, IReadOnlyList<string> GrantedBy, AccountKind HeldBy);
