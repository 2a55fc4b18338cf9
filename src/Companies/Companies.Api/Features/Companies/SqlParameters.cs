using System.Globalization;
using Npgsql;

namespace PartnershipHub.Companies.Features.Companies;

/// <summary>Numbered parameters for hand-written SQL: every value reaches PostgreSQL as a parameter, never as text.</summary>
internal sealed class SqlParameters
{
    public List<NpgsqlParameter> Parameters { get; } = [];

    public string Add(object value)
    {
        var name = "@p" + Parameters.Count.ToString(CultureInfo.InvariantCulture);
        Parameters.Add(new NpgsqlParameter(name, value));
        return name;
    }
}
