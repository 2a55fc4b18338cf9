using Microsoft.Extensions.Localization;
using PartnershipHub.Portal.Localization;

namespace PartnershipHub.Portal.Api;

/// <summary>Turns an API problem into one sentence in the user's language; a known 409 rule gets its own sentence.</summary>
public sealed class ProblemSentences(IStringLocalizer<SharedResource> text)
{
    public string Sentence(ApiProblem problem)
    {
        if (AgreementSentences.ForProblem(text, problem) is { } notSigned)
        {
            return notSigned;
        }

        if (problem.Rule is { Length: > 0 } rule && text[$"Rule.{rule}"] is { ResourceNotFound: false } ruleText)
        {
            return ruleText;
        }

        return problem.Status switch
        {
            0 => text["Problem.Unreachable"],
            400 or 422 => text["Problem.Invalid"],
            401 => text["Problem.SignedOut"],
            403 => text["Problem.Forbidden"],
            404 => text["Problem.NotFound"],
            409 => text["Problem.Conflict"],
            429 => text["Problem.TooMany"],
            >= 500 => text["Problem.ServerError"],
            _ => text["Problem.Unknown"],
        };
    }
}
