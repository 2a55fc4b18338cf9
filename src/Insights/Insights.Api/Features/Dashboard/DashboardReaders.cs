using System.Data.Common;

namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>Reading aggregate columns that may be NULL (an average of nothing).</summary>
internal static class DashboardReaders
{
    public static int Int(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? 0 : Convert.ToInt32(reader.GetValue(ordinal));

    public static double? Double(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToDouble(reader.GetValue(ordinal));

    public static string? Text(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
