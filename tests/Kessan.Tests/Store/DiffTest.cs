using Kessan.Store.Diffs;
using Kessan.Tests.Cli;
using Kessan.Testing;

namespace Kessan.Tests.Store;

/// <summary><c>kessan diff</c>: a changed fact, exactly the figures computed from it, in tables and sentences; words.</summary>
public sealed class DiffTest
{
    [Theory]
    [InlineData("facts/segments.csv", "OperatingIncome,Segment=ATMOperation,(194),239", "OperatingIncome,Segment=ATMOperation,(194),240", "OperatingIncome")]
    [InlineData("facts/notes.csv", "CloudRevenue,,FY2012,-8,\"6,200\"", "CloudRevenue,,FY2012,-8,\"6,400\"", "CloudRevenue")]
    public void A_changed_fact_lists_exactly_the_figures_computed_from_it(string file, string before, string after, string concept)
    {
        var sample = SamplePackages.IijFy2012();
        var changed = sample.With(file, sample.Files[file].Replace(before, after, StringComparison.Ordinal));
        var a = ReleasePipeline.Run(sample);
        var b = ReleasePipeline.Run(changed);
        b.Succeeded.ShouldBeTrue();

        var diff = ReleaseComparison.Compare(a, b);

        var fact = diff.Facts.ShouldHaveSingleItem();
        (fact.Kind, fact.Key.ConceptId).ShouldBe((ChangeKind.Changed, concept));
        fact.Source.Path.ShouldBe(file);
        // The same set explain shows: every figure whose inputs, down to the facts, include the changed one.
        var dependents = b.Build!.Figures.Where(f => f.Value is { } v && v.Provenance.Facts().Any(x => x.Key == fact.Key)).Select(f => f.Id).Order().ToList();
        dependents.ShouldNotBeEmpty();
        diff.Figures.Select(f => f.Id).Order().ShouldBe(dependents);
        diff.Figures.ShouldAllBe(f => f.Kind == ChangeKind.Changed && f.MovedBy.Single() == fact.Key);
        diff.Narrative.ShouldBeEmpty();
    }

    [Fact]
    public void A_figure_in_a_sentence_is_listed_with_the_sentence_it_is_shown_in()
    {
        var sample = SamplePackages.IijFy2012();
        var changed = sample.With("facts/notes.csv", sample.Files["facts/notes.csv"].Replace("CloudRevenue,,FY2012,-8,\"6,200\"", "CloudRevenue,,FY2012,-8,\"6,400\"", StringComparison.Ordinal));

        var diff = ReleaseComparison.Compare(ReleasePipeline.Run(sample), ReleasePipeline.Run(changed));

        var inSentence = diff.Figures.ShouldHaveSingleItem();
        (inSentence.OldText, inSentence.NewText).ShouldBe(("6.2", "6.4"));
        inSentence.Places.ShouldContain(p => p.StartsWith("narrative/", StringComparison.Ordinal) || p.Contains("overview", StringComparison.Ordinal));
    }

    [Fact]
    public void Narrative_changes_are_shown_as_a_word_diff()
    {
        var sample = SamplePackages.IijFy2012();
        var changed = sample.With("narrative/overview.md", sample.Files["narrative/overview.md"]
            .Replace("We finished pretty well this fiscal year", "We finished very well this fiscal year", StringComparison.Ordinal));

        var diff = ReleaseComparison.Compare(ReleasePipeline.Run(sample), ReleasePipeline.Run(changed));

        diff.Facts.ShouldBeEmpty();
        diff.Figures.ShouldBeEmpty();
        var text = diff.Narrative.ShouldHaveSingleItem();
        text.Path.ShouldBe("narrative/overview.md");
        text.Changes.ShouldBe(["… \"We finished [-pretty-]{+very+} well this fiscal year as …"], "five words of context after, as many as there are before");
    }

    [Fact]
    public void The_command_prints_the_fact_the_figures_and_where_they_are_from()
    {
        using var cli = new CliRun();
        var sample = SamplePackages.IijFy2012();
        var changed = cli.Write(sample.With("facts/segments.csv", sample.Files["facts/segments.csv"]
            .Replace("OperatingIncome,Segment=ATMOperation,(194),239", "OperatingIncome,Segment=ATMOperation,(194),240", StringComparison.Ordinal)));

        var (code, output, error) = CliRun.Run("diff", SamplePackages.IijFy2012Path, changed);

        code.ShouldBe(0, error);
        output.ShouldContain("changed  OperatingIncome[Segment=ATMOperation] @ FY2012: 239,000,000 → 240,000,000 JPY   facts/segments.csv:7:44");
        output.ShouldContain("segment-results/oi-atm/FY2012");
        output.ShouldContain("moved by OperatingIncome[Segment=ATMOperation] @ FY2012");
        var json = System.Text.Json.JsonDocument.Parse(CliRun.Run("diff", SamplePackages.IijFy2012Path, changed, "--format", "json").Out).RootElement;
        json.GetProperty("facts")[0].GetProperty("new").GetString().ShouldBe("240000000");
        json.GetProperty("figures").GetArrayLength().ShouldBeGreaterThan(0);
    }
}
