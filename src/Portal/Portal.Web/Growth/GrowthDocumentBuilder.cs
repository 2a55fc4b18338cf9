namespace PartnershipHub.Portal.Growth;

/// <summary>Builds the growth document PDF (filled in once Guidance's progress view exists).</summary>
public sealed class GrowthDocumentBuilder;
