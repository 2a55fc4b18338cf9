namespace PartnershipHub.Persistence.Conflicts;

/// <summary>
/// What a refusal by the database means in the service's words: PostgreSQL refused a statement with
/// <paramref name="SqlState"/> (a unique key, a guard trigger), optionally on one <paramref name="Constraint"/>, and the
/// caller hears 409 with <paramref name="Rule"/> and <paramref name="Detail"/>. Registered with
/// <see cref="ConflictAnswers.AddDatabaseConflict"/>; the most specific match (with a constraint) wins.
/// A null <paramref name="Detail"/> passes on the database's own message (a guard trigger's text is written for callers).
/// </summary>
public sealed record DatabaseConflict(string SqlState, string? Constraint, string Rule, string? Detail);
