using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Tests.Ingest;

// fiscal_calendar.periods and fiscal_calendar.period_names.
public partial class PackageLoaderTest
{
    [Fact]
    public void Listed_periods_and_letter_first_names_are_read_into_the_calendar()
    {
        var result = PackageWithManifest(ManifestWithLine(16, "  naming: start-year\n  period_names: letter-first\n  periods:\n    FY2013: 2013-04-01..2013-12-31")).Load();

        result.Diagnostics.ShouldBeEmpty(string.Join(" | ", result.Diagnostics));
        var calendar = result.Package!.Calendar;
        calendar.Style.ShouldBe(PeriodNameStyle.LetterFirst);
        calendar.Listed["FY2013"].ToString().ShouldBe("2013-04-01..2013-12-31");
        calendar.TryParse("Q1 FY2013", out var q1).ShouldBeTrue();
        calendar.NameOf(q1!).ShouldBe("Q1 FY2013");
    }

    [Theory]
    [InlineData("    Q1 FY2013: 2013-04-01..2013-06-30", 18, 5, "is not a period name a calendar lists")]
    [InlineData("    FY2013: 2013-12-31", 18, 13, "must be a range of ISO dates")]
    public void A_listed_period_that_cannot_be_read_is_an_error_at_its_place(string entry, int line, int column, string message)
    {
        var result = PackageWithManifest(ManifestWithLine(16, "  naming: start-year\n  periods:\n" + entry)).Load();

        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.InvalidValue && d.Location!.Line == line && d.Location.Column == column && d.Message.Contains(message),
            string.Join(" | ", result.Diagnostics));
    }

    [Fact]
    public void A_period_listed_twice_is_a_duplicate_key()
    {
        var result = PackageWithManifest(ManifestWithLine(16, "  naming: start-year\n  periods:\n    FY2013: 2013-04-01..2013-12-31\n    FY2013: 2013-04-01..2013-12-30")).Load();

        result.Diagnostics.ShouldContain(d => d.Location!.Line == 19 && d.Message.Contains("Duplicate key FY2013"), string.Join(" | ", result.Diagnostics));
    }
}
