using System.Text.RegularExpressions;
using Kessan.Diagnostics;
using Kessan.Testing;
using Kessan.Validation;

namespace Kessan.Tests.Architecture;

/// <summary>Every validation rule is registered once, has its own listed code, and states its requirement.</summary>
public partial class ValidationRulesArchitectureTest
{
    private static readonly Type[] RuleTypes = [.. typeof(ValidationRule).Assembly.GetTypes()
        .Where(t => t.IsClass && !t.IsAbstract && typeof(ValidationRule).IsAssignableFrom(t))
        .OrderBy(t => t.Name, StringComparer.Ordinal)];

    public static TheoryData<string> RuleNames() => [.. RuleTypes.Select(t => t.Name)];

    [Fact]
    public void The_assembly_has_rules_to_check()
    {
        RuleTypes.Length.ShouldBeGreaterThanOrEqualTo(15);
    }

    [Fact]
    public void Every_rule_class_is_registered_exactly_once_in_the_default_rules()
    {
        foreach (var type in RuleTypes)
        {
            Validator.DefaultRules.Count(r => r.GetType() == type).ShouldBe(1, type.Name);
        }
        Validator.DefaultRules.Length.ShouldBe(RuleTypes.Length);
    }

    [Fact]
    public void Rule_codes_are_unique()
    {
        var duplicates = Validator.DefaultRules.GroupBy(r => r.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        duplicates.ShouldBeEmpty();
    }

    [Fact]
    public void Every_rule_code_is_listed_in_the_diagnostic_codes()
    {
        var listed = DiagnosticCodes.All.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

        foreach (var rule in Validator.DefaultRules)
        {
            listed.ShouldContain(rule.Code, rule.GetType().Name);
        }
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Every_rule_states_its_requirement_in_its_listing_and_in_its_class_documentation(string name)
    {
        var type = RuleTypes.Single(t => t.Name == name);
        var rule = Validator.DefaultRules.Single(r => r.GetType() == type);
        rule.Requirement.Trim().ShouldNotBeEmpty(name);

        var path = Path.Combine(SamplePackages.RepositoryRoot, "src", "Kessan", "Validation", "Rules", name + ".cs");
        File.Exists(path).ShouldBeTrue(path);
        var summary = ClassSummary(File.ReadAllText(path), name);
        summary.ShouldNotBeNull($"{name} has no <summary> documentation");
        summary.ShouldStartWith("Requirement:", Case.Sensitive, name);
        summary.Length.ShouldBeGreaterThan("Requirement:".Length + 10, name);
    }

    /// <summary>The text of the &lt;summary&gt; of the doc comment right above the class declaration, or null.</summary>
    private static string? ClassSummary(string source, string className)
    {
        var lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var declaration = Array.FindIndex(lines, l => Regex.IsMatch(l, $@"\bclass\s+{className}\b"));
        if (declaration < 0)
        {
            return null;
        }
        var first = declaration;
        while (first > 0 && (lines[first - 1].TrimStart().StartsWith("///", StringComparison.Ordinal) || lines[first - 1].TrimStart().StartsWith('[')))
        {
            first--;
        }
        var doc = string.Join(" ", lines[first..declaration]
            .Where(l => l.TrimStart().StartsWith("///", StringComparison.Ordinal))
            .Select(l => l.TrimStart()[3..].Trim()));
        var match = Regex.Match(doc, @"<summary>(.*?)</summary>", RegexOptions.Singleline);
        return match.Success ? match.Groups[1].Value.Trim() : null;
    }
}
