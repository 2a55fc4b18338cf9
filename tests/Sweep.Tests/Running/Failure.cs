namespace PartnershipHub.Sweep.Tests.Running;

public enum FailureKind
{
    ServerError,
    WrongAuthorisation,
    ForeignIdAnswered,
    BadInputAccepted,
    BadRequestWithoutField,
    RefusedRequestStored,
}

/// <summary>A rule a cell (or a batch of refused cells) broke, with what a developer needs to find it.</summary>
public sealed record Failure(FailureKind Kind, string Service, string Endpoint, string Input, string Caller, int Status, string Detail)
{
    public override string ToString() => $"{Endpoint} | {Input} | {Caller} | {Status} | {Detail}";
}
