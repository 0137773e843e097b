using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kessan.Testing;

namespace Kessan.Tests.Rendering.Json;

public sealed partial class FiguresJsonWriterTest
{
    private static readonly Regex SourcePattern = new(@"^(?<file>facts/[a-z0-9-]+\.csv):(?<line>[1-9]\d*):(?<column>[1-9]\d*)$", RegexOptions.CultureInvariant);

    /// <summary>Every node of a provenance tree, with the path of formulas leading to it (for messages).</summary>
    private static IEnumerable<(JsonElement Node, string Path)> Nodes(JsonElement provenance, string path)
    {
        var here = path + " > " + provenance.GetProperty("formula").GetString();
        yield return (provenance, here);
        if (provenance.TryGetProperty("inputs", out var inputs))
        {
            foreach (var input in inputs.EnumerateArray())
            {
                foreach (var n in Nodes(input, here))
                {
                    yield return n;
                }
            }
        }
    }

    [Fact]
    public void Provenance_states_rule_formula_and_value_at_every_step_and_ends_in_facts()
    {
        var leaves = 0;
        foreach (var f in Derived(sample.Footed))
        {
            var provenance = f.GetProperty("provenance");
            Str(provenance, "rule").ShouldBe(Str(f, "rule"), Id(f));
            Number(provenance, "value").ShouldBe(Number(f, "exact"), Id(f));
            foreach (var (node, path) in Nodes(provenance, Id(f)))
            {
                Str(node, "rule").ShouldNotBeNullOrWhiteSpace(path);
                Str(node, "formula").ShouldNotBeNullOrWhiteSpace(path);
                _ = Number(node, "value");
                var hasInputs = node.TryGetProperty("inputs", out var inputs) && inputs.GetArrayLength() > 0;
                var hasFact = node.TryGetProperty("fact", out _);
                (hasInputs ^ hasFact).ShouldBeTrue($"{path}: a step either has inputs or is a fact");
                if (hasFact)
                {
                    leaves++;
                    Str(node, "rule").ShouldBe("fact", path);
                }
            }
        }
        leaves.ShouldBeGreaterThan(1000);
    }

    /// <summary>The facts section, by id.</summary>
    private static Dictionary<string, JsonElement> FactsOf(IijSampleRelease.Rendered r) =>
        r.Figures.RootElement.GetProperty("facts").EnumerateArray().ToDictionary(f => Str(f, "id"), StringComparer.Ordinal);

    [Fact]
    public void Every_fact_a_figure_uses_is_listed_once_and_every_listed_fact_is_used()
    {
        var r = sample.Footed;
        var facts = r.Figures.RootElement.GetProperty("facts").EnumerateArray().ToList();
        facts.Select(f => Str(f, "id")).ShouldBeUnique();
        r.Figures.RootElement.GetProperty("facts_used_count").GetInt32().ShouldBe(facts.Count);
        r.Figures.RootElement.GetProperty("fact_count").GetInt32().ShouldBe(r.Package.Facts.Count, "every fact of the package, as check counts them");
        facts.Count.ShouldBeLessThan(r.Package.Facts.Count);
        var byId = FactsOf(r);

        var usedBy = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var f in Derived(r))
        {
            foreach (var (node, path) in Nodes(f.GetProperty("provenance"), Id(f)))
            {
                if (node.TryGetProperty("fact", out var id))
                {
                    byId.ShouldContainKey(id.GetString()!, $"{path}: the fact '{id.GetString()}' is not in the facts section");
                    Number(node, "value").ShouldBe(decimal.Parse(Str(byId[id.GetString()!], "value"), CultureInfo.InvariantCulture), path);
                    (usedBy.TryGetValue(id.GetString()!, out var users) ? users : usedBy[id.GetString()!] = new(StringComparer.Ordinal)).Add(Id(f));
                }
            }
        }

        usedBy.Keys.ShouldBe(byId.Keys, ignoreOrder: true);
        foreach (var (id, fact) in byId)
        {
            fact.GetProperty("figures").EnumerateArray().Select(x => x.GetString()!).ShouldBe(usedBy[id], ignoreOrder: true, id);
        }
    }

    [Fact]
    public void Every_fact_names_its_key_and_value_and_the_file_line_and_column_it_was_read_from()
    {
        var package = SamplePackages.IijFy2012();
        var checkedSources = 0;
        foreach (var fact in FactsOf(sample.Footed).Values)
        {
            var id = Str(fact, "id");
            var concept = Str(fact, "concept");
            id.ShouldStartWith(concept, Case.Sensitive);
            id.ShouldContain("@" + Str(fact, "period"), Case.Sensitive);
            Str(fact, "period_name").ShouldNotBeNullOrWhiteSpace(id);
            Str(fact, "status").ShouldBeOneOf("actual", "target", "forecast");
            Str(fact, "unit").ShouldNotBeNullOrWhiteSpace(id);
            Str(fact, "precision").ShouldNotBeNullOrWhiteSpace(id);
            var value = Str(fact, "value");
            var sources = fact.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!).ToList();
            sources.ShouldNotBeEmpty(id);
            foreach (var source in sources)
            {
                var m = SourcePattern.Match(source);
                m.Success.ShouldBeTrue($"{id}: '{source}' is not facts/<file>.csv:line:column");
                var line = package.Line(m.Groups["file"].Value, int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture));
                line.ShouldStartWith(concept + ",", Case.Sensitive, $"{id}: {source} is not a line of '{concept}'");
                var cell = CellAt(line, int.Parse(m.Groups["column"].Value, CultureInfo.InvariantCulture));
                Digits(cell).ShouldBe(Digits(value), $"{id}: {source} holds '{cell}', which is not the fact's value {value}");
                checkedSources++;
            }
        }
        checkedSources.ShouldBeGreaterThan(500);
    }

    [Fact]
    public void A_fact_reported_in_several_statements_lists_every_place_it_was_read_from()
    {
        // Net income is one fact, reported in the statements of income, shareholders' equity and cash flows.
        var fact = FactsOf(sample.Footed)["ProfitLoss@2012-04-01..2013-03-31"];

        var sources = fact.GetProperty("sources").EnumerateArray().Select(s => s.GetString()).ToList();

        sources.ShouldBe(["facts/income-statement.csv:37:24", "facts/equity.csv:21:19", "facts/cash-flows.csv:8:25"], ignoreOrder: true);
    }

    /// <summary>The CSV cell starting at a 1-based column, without its quotes.</summary>
    private static string CellAt(string line, int column)
    {
        var rest = line[(column - 1)..];
        if (rest.StartsWith('"'))
        {
            return rest[1..rest.IndexOf('"', 1)];
        }
        var comma = rest.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? rest : rest[..comma];
    }

    /// <summary>The significant digits of a number as written (1,234.50 and 1234500 both give 12345), so a cell in thousands matches a value in yen.</summary>
    private static string Digits(string number) => new string([.. number.Where(char.IsAsciiDigit)]).TrimStart('0').TrimEnd('0');
}
