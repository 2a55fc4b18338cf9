namespace PartnershipHub.Guidance.Features.Assessments;

public sealed record StudentStepRequest(string Text);
