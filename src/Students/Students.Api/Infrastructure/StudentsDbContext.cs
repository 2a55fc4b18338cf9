using System.Text;
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
        UseSnakeCaseColumns(modelBuilder);
    }

    /// <summary>snake_case columns like the messaging tables, so hand-written SQL and psql sessions need no quoting.</summary>
    private static void UseSnakeCaseColumns(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => e.ClrType.Namespace == typeof(Student).Namespace))
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.Name));
            }
        }
    }

    private static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
