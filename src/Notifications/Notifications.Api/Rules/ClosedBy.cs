namespace PartnershipHub.Notifications.Rules;

/// <summary>The <c>ClosedBy</c> of an item closed by the act itself (an event) or by a rule of the due job.</summary>
public static class ClosedBy
{
    public static string Event(string eventName) => $"event:{eventName}";

    public const string DueItemsJob = "job:due-items";
}
