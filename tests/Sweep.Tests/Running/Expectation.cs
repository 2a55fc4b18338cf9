namespace PartnershipHub.Sweep.Tests.Running;

/// <summary>What the rules say a cell must be answered with (beyond "never a 5xx", which holds for every cell).</summary>
public enum Expectation
{
    /// <summary>No token or a bad one, on an endpoint that needs a signed-in user: 401.</summary>
    Unauthenticated,

    /// <summary>A role the endpoint's authorization policy does not admit: 403.</summary>
    Forbidden,

    /// <summary>A student's or trainer's request for someone else's record or company: 403 or 404, never 2xx.</summary>
    NotTheirs,

    /// <summary>Input no endpoint may accept: a 4xx.</summary>
    Refused,

    /// <summary>A role the policy admits, with a plausible request: anything but 401 (the relationship may still refuse).</summary>
    Admitted,

    /// <summary>Input that may be fine (an unknown id on a read, an odd query value): only the general rules.</summary>
    Answered,
}
