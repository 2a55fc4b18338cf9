using Microsoft.EntityFrameworkCore;
using PartnershipHub.Messaging;
using PartnershipHub.Messaging.Revocation;
using PartnershipHub.Students.Domain;
using PartnershipHub.Students.Infrastructure.EntityConfigurations;

namespace PartnershipHub.Students.Infrastructure;

public sealed class StudentsDbContext(DbContextOptions<StudentsDbContext> options) : DbContext(options)
{
    public DbSet<Student> Students => Set<Student>();

    public DbSet<StudentEnrolment> Enrolments => Set<StudentEnrolment>();

    public DbSet<MentorAssignment> MentorAssignments => Set<MentorAssignment>();

    public DbSet<CareNote> CareNotes => Set<CareNote>();

    public DbSet<CareNoteAccess> CareNoteAccessLog => Set<CareNoteAccess>();

    public DbSet<ErasedStudent> ErasedStudents => Set<ErasedStudent>();

    /// <summary>Identity's staff accounts as last announced (StaffMemberChanged): who may be a mentor.</summary>
    public DbSet<StaffMemberCopy> StaffMembers => Set<StaffMemberCopy>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.AddRevokedAccountsTable();
        modelBuilder.ApplyConfiguration(new StudentConfiguration());
        modelBuilder.ApplyConfiguration(new StudentEnrolmentConfiguration());
        modelBuilder.ApplyConfiguration(new MentorAssignmentConfiguration());
        modelBuilder.ApplyConfiguration(new CareNoteConfiguration());
        modelBuilder.ApplyConfiguration(new CareNoteAccessConfiguration());
        modelBuilder.ApplyConfiguration(new ErasedStudentConfiguration());
        modelBuilder.ApplyConfiguration(new StaffMemberCopyConfiguration());
    }
}
