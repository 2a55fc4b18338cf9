using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Growth;
using PartnershipHub.Portal.Localization;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class GrowthDocumentTests : PortalTestContext
{
    // PDFsharp 6.5 needs a licence choice before it works; the test makes the AGPL one for itself only (docs/portal.md).
    public GrowthDocumentTests() => PdfLicensing.Configure("agpl");

    [Fact]
    public void Without_a_licence_choice_the_growth_document_is_off() => Assert.False(PdfLicensing.Configure(null));

    [Fact]
    public void The_growth_document_is_a_pdf_with_the_embedded_font_and_a_page_per_overflow()
    {
        var builder = new GrowthDocumentBuilder(Services.GetRequiredService<IStringLocalizer<SharedResource>>());
        var at = new DateTimeOffset(2026, 10, 1, 10, 0, 0, TimeSpan.Zero);
        var criteria = Enumerable.Range(1, 12).Select(i => new CriterionProgress($"c{i}", $"Criterium {i}", null, i == 1,
            [new GrowthPoint(at, "trainer", "developing", Guid.NewGuid()), new GrowthPoint(at.AddDays(14), "self", "strong", Guid.NewGuid())])).ToList();
        var progress = new StudentProgress(Guid.NewGuid(), "Sem de Jong", "900001", "2025-VK2", "active", null, null, null, null, null, null,
            criteria, [], [new PlanGoal(Guid.NewGuid(), "Op tijd komen", "punctuality", null, true, "open", null)], null, []);

        var pdf = builder.Build(new GrowthDocumentData(progress, [], []));

        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.True(pdf.Length > 10_000, "The font is embedded.");
    }
}
