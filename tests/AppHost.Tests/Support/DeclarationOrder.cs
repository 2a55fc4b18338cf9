using Xunit.Abstractions;
using Xunit.Sdk;

namespace PartnershipHub.AppHost.Tests.Support;

/// <summary>
/// Runs a class's tests in the order they are written: the log check of a running system comes after the loop that
/// exercised it.
/// </summary>
public sealed class DeclarationOrder : ITestCaseOrderer
{
    public const string TypeName = "PartnershipHub.AppHost.Tests.Support.DeclarationOrder";
    public const string AssemblyName = "PartnershipHub.AppHost.Tests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase =>
        testCases.OrderBy(testCase => ((IReflectionMethodInfo)testCase.TestMethod.Method).MethodInfo.MetadataToken);
}
