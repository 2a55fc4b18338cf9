using Npgsql;
using PartnershipHub.Persistence.Conflicts;

namespace PartnershipHub.Internships.Features.Assignments;

/// <summary>
/// One correction per assignment: the endpoint checks first, and the unique index on <c>corrects_id</c> refuses the
/// second of two requests that passed the check together, with the same rule and words.
/// </summary>
public static class AssignmentConflicts
{
    public const string CorrectionExists = "correction-already-exists";

    public const string CorrectionExistsDetail = "This assignment is already being corrected by another one; correct that one instead.";

    public static readonly DatabaseConflict CorrectionIndex =
        new(PostgresErrorCodes.UniqueViolation, "ix_assignments_corrects_id", CorrectionExists, CorrectionExistsDetail);
}
