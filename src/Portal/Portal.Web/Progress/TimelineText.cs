using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Localization;

namespace PartnershipHub.Portal.Progress;

/// <summary>The sentence for one timeline line in the reader's language, from its kind and subject.</summary>
public static class TimelineText
{
    public static string For(TimelineItem item, IStringLocalizer<SharedResource> t)
    {
        string Name(string prefix) => item.Subject is { } subject ? Lower(t[$"{prefix}.{subject}"]) : "";
        string Hours(decimal? hours) => (hours ?? 0).ToString("0.#", CultureInfo.CurrentCulture);
        return item.Kind switch
        {
            "assessmentSubmitted" => string.Format(CultureInfo.CurrentCulture, t["Timeline.assessmentSubmitted"], Name("Role")),
            "reviewHeld" => t["Timeline.reviewHeld"],
            "signalRaised" => string.Format(CultureInfo.CurrentCulture, t["Timeline.signalRaised"], Name("Signal.Rule")),
            "signalResolved" => string.Format(CultureInfo.CurrentCulture, t["Timeline.signalResolved"], Name("Signal.Rule")),
            "placementStarted" => string.Format(CultureInfo.CurrentCulture, t["Timeline.placementStarted"], item.Label),
            "placementEnded" => string.Format(CultureInfo.CurrentCulture, t[item.Subject == "endedEarly" ? "Timeline.placementEndedEarly" : "Timeline.placementCompleted"], item.Label),
            "helpRequestAsked" => item.Private ? t["Timeline.helpRequestAskedPrivate"] : string.Format(CultureInfo.CurrentCulture, t["Timeline.helpRequestAsked"], Name("Help.Topic")),
            "helpRequestAnswered" => t["Timeline.helpRequestAnswered"],
            "helpRequestClosed" => t["Timeline.helpRequestClosed"],
            "concernRaised" => string.Format(CultureInfo.CurrentCulture, t["Timeline.concernRaised"], Name("Concern.Kind"), item.Label),
            "concernAnswered" => string.Format(CultureInfo.CurrentCulture, t["Timeline.concernAnswered"], Name("Concern.Kind"), item.Label),
            "absenceWeek" => string.Format(CultureInfo.CurrentCulture, t["Timeline.absenceWeek"], Hours(item.Hours), Hours(item.AuthorisedHours)),
            // A kind a newer Guidance writes: say that something happened rather than show a name.
            _ => t["Timeline.other"],
        };
    }

    private static string Lower(string text) =>
        text.Length == 0 ? text : char.ToLower(text[0], CultureInfo.CurrentCulture) + text[1..];
}
