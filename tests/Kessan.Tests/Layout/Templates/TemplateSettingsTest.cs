using Kessan.Ingest;
using Kessan.Layout.Templates;
using Kessan.Testing;

namespace Kessan.Tests.Layout.Templates;

/// <summary>Every setting a template can name is declared once, with how it is read from the package.</summary>
public class TemplateSettingsTest
{
    [Fact]
    public void Setting_names_are_unique()
    {
        TemplateSettings.Names.Distinct(StringComparer.Ordinal).Count().ShouldBe(TemplateSettings.All.Length);
        TemplateSettings.Names.ShouldBe(TemplateSettings.All.Select(s => s.Name));
    }

    [Theory]
    [InlineData("company.nam")]
    [InlineData("Company.Name")]
    [InlineData("filing.disclosure.6")]
    public void A_name_that_is_not_declared_finds_no_setting(string name) => TemplateSettings.Find(name).ShouldBeNull();

    [Fact]
    public void Every_setting_reads_as_text_from_the_sample_package()
    {
        var package = PackageLoader.Load(SamplePackages.IijFy2012Path).Package.ShouldNotBeNull();

        foreach (var setting in TemplateSettings.All)
        {
            setting.Read(package).ShouldNotBeNull(setting.Name);
        }
        TemplateSettings.Find("company.name").ShouldNotBeNull().Read(package).ShouldBe(package.Company.Name);
        TemplateSettings.Find("reporting.current_year").ShouldNotBeNull().Read(package).ShouldBe("FY2012");
    }
}
