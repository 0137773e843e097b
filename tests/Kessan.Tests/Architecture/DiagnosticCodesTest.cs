using System.Reflection;
using Kessan.Diagnostics;
using Kessan.Testing;

namespace Kessan.Tests.Architecture;

public class DiagnosticCodesTest
{
    [Fact]
    public void Every_code_constant_is_listed_once_in_All()
    {
        var constants = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal).ToList();

        DiagnosticCodes.All.Select(c => c.Code).Order(StringComparer.Ordinal).ShouldBe(constants);
        constants.Distinct(StringComparer.Ordinal).Count().ShouldBe(constants.Count);
    }

    [Fact]
    public void Every_code_is_documented_in_docs_diagnostics_md()
    {
        var doc = File.ReadAllText(Path.Combine(SamplePackages.RepositoryRoot, "docs", "diagnostics.md"));

        foreach (var info in DiagnosticCodes.All)
        {
            doc.ShouldContain("## " + info.Code + " ", customMessage: info.Code + " is not documented");
        }
    }
}
