using MudBlazor;

namespace PartnershipHub.Portal.Components.Layout;

/// <summary>Colours chosen for WCAG AA contrast (4.5:1) of text on them and of them on white.</summary>
public static class PortalTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e8c",
            Secondary = "#8a3b12",
            AppbarBackground = "#1f4e8c",
            TextSecondary = "rgba(0,0,0,0.70)",
            ActionDefault = "rgba(0,0,0,0.70)",
            Success = "#1b5e20",
            Warning = "#8a5300",
            Error = "#b00020",
            Info = "#0b5394",
        },
    };
}
