using Kessan.Ingest;
using Kessan.Layout.Templates;
using Kessan.Testing;

namespace Kessan.Tests.Layout;

/// <summary>The period.* settings print the release's relative periods by the package's calendar, so headers roll forward.</summary>
public sealed class RelativePeriodSettingsTest
{
    private static string Read(string name)
    {
        var package = PackageLoader.Load(SamplePackages.Apple1Q23Path).Package!;
        return TemplateSettings.Find(name)!.Read(package);
    }

    [Theory]
    [InlineData("period.current", "1Q23")]
    [InlineData("period.current.start", "September 25, 2022")]
    [InlineData("period.current.end", "December 31, 2022")]
    [InlineData("period.prior", "1Q22")]
    [InlineData("period.prior.start", "September 26, 2021")]
    [InlineData("period.prior.end", "December 25, 2021")]
    [InlineData("period.current_year", "FY2023")]
    [InlineData("period.current_year.end", "September 30, 2023")]
    [InlineData("period.prior_year.end", "September 24, 2022")]
    [InlineData("period.current.span", "three months")] // 14 weeks, as Apple says it
    [InlineData("period.prior.ended", "Three Months Ended")]
    [InlineData("period.current_year.span", "twelve months")]
    [InlineData("period.current_ytd.ended", "Three Months Ended")]
    public void A_relative_period_prints_its_name_and_days_by_the_calendar(string setting, string expected) =>
        Read(setting).ShouldBe(expected);

    [Fact]
    public void The_settings_roll_forward_with_the_current_period()
    {
        var source = InMemoryPackageSource.FromDirectory(SamplePackages.Apple1Q23Path);
        var line = source.LineStartingWith("package.yaml", "  current_period: 1Q23");
        var package = PackageLoader.Load(source.ReplaceLine("package.yaml", line, "  current_period: 2Q23")).Package!;

        TemplateSettings.Find("period.current.end")!.Read(package).ShouldBe("April 1, 2023");
        TemplateSettings.Find("period.prior.end")!.Read(package).ShouldBe("March 26, 2022");
    }
}
