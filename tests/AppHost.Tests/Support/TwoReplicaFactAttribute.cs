using Xunit;

namespace PartnershipHub.AppHost.Tests.Support;

/// <summary>A test on the two-replica system: skipped unless <c>PH_APPHOST_TWO_REPLICAS=1</c> asks for it.</summary>
public sealed class TwoReplicaFactAttribute : FactAttribute
{
    public const string Variable = "PH_APPHOST_TWO_REPLICAS";

    public TwoReplicaFactAttribute()
    {
        if (!Wanted)
        {
            Skip = $"Starts a second whole system (about 4-6 minutes on two cores); set {Variable}=1 to run it.";
        }
    }

    public static bool Wanted => Environment.GetEnvironmentVariable(Variable) == "1";
}
