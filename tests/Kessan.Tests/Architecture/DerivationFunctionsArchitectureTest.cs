using System.Text.RegularExpressions;
using Kessan.Derivation.Functions;
using Kessan.Testing;

namespace Kessan.Tests.Architecture;

/// <summary>
/// Every derivation function is a class of its own, listed once in the catalog under a unique name, and
/// documents how it is called, what it computes and what it requires.
/// </summary>
public class DerivationFunctionsArchitectureTest
{
    private static readonly Type[] FunctionTypes = [.. typeof(DerivationFunction).Assembly.GetTypes()
        .Where(t => t.IsClass && !t.IsAbstract && typeof(DerivationFunction).IsAssignableFrom(t))
        .OrderBy(t => t.Name, StringComparer.Ordinal)];

    public static TheoryData<string> FunctionClassNames() => [.. FunctionTypes.Select(t => t.Name)];

    [Fact]
    public void The_assembly_has_functions_to_check() => FunctionTypes.Length.ShouldBeGreaterThanOrEqualTo(12);

    [Fact]
    public void Every_function_class_is_registered_exactly_once_in_the_catalog()
    {
        foreach (var type in FunctionTypes)
        {
            DerivationFunctions.Default.All.Count(f => f.GetType() == type).ShouldBe(1, type.Name);
        }
        DerivationFunctions.Default.All.Length.ShouldBe(FunctionTypes.Length);
    }

    [Fact]
    public void Function_names_are_unique_and_the_catalog_lists_them_in_order()
    {
        var duplicates = DerivationFunctions.Default.All.GroupBy(f => f.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        duplicates.ShouldBeEmpty();
        DerivationFunctions.Default.Names.ShouldBe(DerivationFunctions.Default.All.Select(f => f.Name));
    }

    [Fact]
    public void Every_function_is_found_by_its_name_and_no_other()
    {
        foreach (var function in DerivationFunctions.Default.All)
        {
            DerivationFunctions.Default.Find(function.Name).ShouldBeSameAs(function);
            DerivationFunctions.Default.Find(function.Name.ToUpperInvariant()).ShouldBeNull(function.Name);
        }
        DerivationFunctions.Default.Find("growth").ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(FunctionClassNames))]
    public void Every_function_states_its_call_what_it_computes_and_what_it_requires_in_its_class_documentation(string name)
    {
        var type = FunctionTypes.Single(t => t.Name == name);
        var function = DerivationFunctions.Default.All.Single(f => f.GetType() == type);
        function.Signature.ShouldStartWith(function.Name + "(", Case.Sensitive, name);
        function.Documentation.Trim().ShouldNotBeEmpty(name);

        var path = Path.Combine(SamplePackages.RepositoryRoot, "src", "Kessan", "Derivation", "Functions", name + ".cs");
        File.Exists(path).ShouldBeTrue(path);
        var summary = ClassSummary(File.ReadAllText(path), name);
        summary.ShouldNotBeNull($"{name} has no <summary> documentation");
        summary.ShouldStartWith("<c>" + function.Signature + "</c>:", Case.Sensitive, name);
        var requirement = summary.IndexOf("Requirement:", StringComparison.Ordinal);
        requirement.ShouldBeGreaterThan(0, $"{name} states no requirement");
        summary[(requirement + "Requirement:".Length)..].Trim().Length.ShouldBeGreaterThan(10, name);
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
