namespace PartnershipHub.AppHost.Tests.Support;

/// <summary>One console line of one resource instance (a replica has its own <see cref="ResourceId"/>).</summary>
public sealed record ResourceLogLine(string Resource, string ResourceId, int LineNumber, string Content, bool FromStandardError)
{
    public override string ToString() => $"{ResourceId}: {Content}";
}
