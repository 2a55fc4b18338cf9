namespace PartnershipHub.Portal.Insights;

/// <summary>One bar: its label, its length against the chart's largest value, the figure written beside it.</summary>
public sealed record BarItem(string Label, double Value, string Text, string? Style = null);
