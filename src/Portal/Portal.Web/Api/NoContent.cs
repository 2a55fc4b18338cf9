namespace PartnershipHub.Portal.Api;

/// <summary>The result type of calls whose answer has no body worth reading.</summary>
public sealed record NoContent;
