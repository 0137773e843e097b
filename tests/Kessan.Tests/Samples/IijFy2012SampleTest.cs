using Kessan.Ingest;
using Kessan.Testing;
using Kessan.Validation;

namespace Kessan.Tests.Samples;

public partial class IijFy2012SampleTest
{
    [Fact]
    public void The_sample_loads_without_diagnostics()
    {
        var result = PackageLoader.Load(SamplePackages.IijFy2012Path);

        result.Diagnostics.ShouldBeEmpty(string.Join(" | ", result.Diagnostics));
        result.Package.ShouldNotBeNull();
        result.Package.Company.ShortName.ShouldBe("IIJ");
    }

    [Fact]
    public void The_sample_is_clean_of_errors_and_warnings()
    {
        var package = PackageLoader.Load(SamplePackages.IijFy2012Path).Package!;

        var report = Validator.Validate(package);

        report.Diagnostics.ShouldBeEmpty(string.Join(" | ", report.Diagnostics));
    }

    [Fact]
    public void Every_rule_performs_checks_on_the_sample()
    {
        var package = PackageLoader.Load(SamplePackages.IijFy2012Path).Package!;

        var report = Validator.Validate(package);

        foreach (var rule in Validator.DefaultRules)
        {
            report.Checks.GetValueOrDefault(rule.Code).ShouldBeGreaterThan(0, $"{rule.Code} ({rule.GetType().Name}) checked nothing");
        }
    }
}
