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
    }
}
