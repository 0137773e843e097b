using System.Globalization;
using System.Text;
using Kessan.Document;
using Kessan.Derivation;
using Kessan.Layout;
using Kessan.Model;
using Kessan.Testing;

namespace Kessan.Tests.Samples;

/// <summary>
/// Compares the release Kessan builds from the IIJ sample with the release IIJ published (the model
/// document): every difference must be one that samples/iij-fy2012/expected-differences.yaml lists and
/// explains, and every difference listed there must still occur.
/// </summary>
public partial class ModelDocumentComparisonTest
{
    /// <summary>IIJ's published release, relative to the repository root (CI checks out ../shared beside the repository).</summary>
    private const string ModelDocumentPath = "../shared/seed/004_2d9fa01a4d0855e6.txt";

    private const string ExpectedDifferencesPath = "samples/iij-fy2012/expected-differences.yaml";

    private static ModelDocument LoadModelDocument()
    {
        var path = Path.GetFullPath(Path.Combine(SamplePackages.RepositoryRoot, ModelDocumentPath));
        File.Exists(path).ShouldBeTrue(
            $"The model document {ModelDocumentPath} is missing (looked for {path}). It is the release IIJ published, which the "
            + "sample must reproduce; check out the shared folder beside the repository.");
        return ModelDocument.Load(path);
    }

    private static BuildResult BuildSample(RoundingPolicy rounding)
    {
        var result = ReleasePipeline.Run(SamplePackages.IijFy2012(), new BuildOptions(rounding));
        result.Succeeded.ShouldBeTrue(string.Join(" | ", result.Diagnostics));
        result.Build!.Document.ShouldNotBeNull();
        return result.Build;
    }

    [Fact]
    public void The_sample_differs_from_the_published_release_exactly_as_the_expected_differences_file_says()
    {
        var model = LoadModelDocument();
        var expected = ExpectedDifferences.Load(Path.Combine(SamplePackages.RepositoryRoot, ExpectedDifferencesPath));
        var build = BuildSample(RoundingPolicy.Independent);

        var actual = DocumentComparison.Compare(model, build.Document!);

        var expectedKeys = expected.Select(e => e.Difference.Key).ToHashSet();
        var actualKeys = actual.Select(d => d.Key).ToHashSet();
        var unexpected = actual.Where(d => !expectedKeys.Contains(d.Key)).ToList();
        var missing = expected.Where(e => !actualKeys.Contains(e.Difference.Key)).ToList();
        (unexpected.Count + missing.Count).ShouldBe(0, Report(unexpected, missing));
    }

    [Fact]
    public void With_footed_rounding_every_displayed_sum_holds_and_every_adjustment_moves_its_figure_by_one_step()
    {
        var build = BuildSample(RoundingPolicy.Footed);

        build.Sums.ShouldNotBeEmpty("the sample's tables display no sum, so there is nothing to check");
        foreach (var sum in build.Sums)
        {
            sum.Footed.ShouldBeTrue(sum.Description);
            var total = Rational.Zero;
            foreach (var (id, weight) in sum.Terms)
            {
                var figure = build.FindFigure(id);
                figure.ShouldNotBeNull($"{sum.TableId}: {sum.Description}: no figure '{id}'");
                figure.Displayed.ShouldNotBeNull($"{sum.TableId}: {sum.Description}: '{id}' has no displayed value ({figure.Failure})");
                total += Rational.FromInteger(weight) * figure.Displayed.Value;
            }
            var terms = string.Join(", ", sum.Terms.Select(t => $"{t.Weight:+0;-0} × {build.FindFigure(t.FigureId)!.Text} ({t.FigureId})"));
            total.ShouldBe(Rational.Zero, $"{sum.TableId}: '{sum.Description}' does not hold on the displayed values: {terms}");
        }

        var adjusted = build.Figures.Where(f => f.Adjustment is not null).ToList();
        adjusted.ShouldNotBeEmpty("footed rounding moved no figure; the published release's sums need some moved");
        foreach (var figure in adjusted)
        {
            figure.Adjustment!.Delta.Abs().ShouldBe(figure.Format.Step,
                $"{figure.Id} ({figure.Label}) is moved by {figure.Adjustment.Delta}, not by one step of its format '{figure.Format.Name}'");
            (figure.Displayed!.Value - figure.Independent!.Value).ShouldBe(figure.Adjustment.Delta, figure.Id);
        }

        foreach (var cell in build.Document!.Tables().SelectMany(t => t.Rows).SelectMany(r => r.Cells).Where(c => c.FigureId is not null))
        {
            cell.PlainText.ShouldBe(build.FindFigure(cell.FigureId!)!.Text, $"the cell of {cell.FigureId} does not show the figure's displayed value");
        }
    }

    [Fact]
    public void Every_footing_and_interval_entry_in_a_table_is_borne_out_by_the_figure_the_release_shows()
    {
        var model = LoadModelDocument();
        var expected = ExpectedDifferences.Load(Path.Combine(SamplePackages.RepositoryRoot, ExpectedDifferencesPath));
        var build = BuildSample(RoundingPolicy.Independent);
        var actual = DocumentComparison.Compare(model, build.Document!).ToDictionary(d => d.Key);

        var checkedEntries = 0;
        foreach (var entry in expected.Where(e => e.Kind is "footing" or "interval" && !e.Difference.IsText))
        {
            var where = $"{ExpectedDifferencesPath} line {entry.Line} ({entry.Kind}: {entry.Difference.Table} / {entry.Difference.Row})";
            actual.TryGetValue(entry.Difference.Key, out var difference).ShouldBeTrue($"{where} no longer occurs");
            difference!.FigureId.ShouldNotBeNull($"{where}: the release shows no figure in that cell");
            var figure = build.FindFigure(difference.FigureId)!;
            var document = ParseDisplayed(entry.Difference.Document, where);
            var step = figure.Format.Step;

            if (entry.Kind == "footing")
            {
                // The document's figure is one step from Kessan's independent rounding: a footing move.
                (document - figure.Independent!.Value).Abs().ShouldBe(step,
                    $"{where}: the document's {entry.Difference.Document} is not one step from Kessan's {figure.Text}, so it is not a footing move");
            }
            else
            {
                // Some value the inputs allow rounds to the document's figure.
                var value = figure.Value!;
                value.Low.ShouldNotBeNull(where);
                var low = figure.Format.ToDisplayUnits(value.Low!.Value);
                var high = figure.Format.ToDisplayUnits(value.High!.Value);
                (low != high).ShouldBeTrue($"{where}: the figure is exact, so no interval explains a difference");
                var half = step / Rational.FromInteger(2);
                (document - half <= high && low <= document + half).ShouldBeTrue(
                    $"{where}: no value between {low.ToDecimal()} and {high.ToDecimal()} rounds to the document's {entry.Difference.Document}");
            }
            checkedEntries++;
        }
        checkedEntries.ShouldBeGreaterThan(0, "the file has no footing or interval entry in a table");
    }

    /// <summary>A displayed number of the model document, in display units: "1,234", "(16)", "-3.5", "7.3".</summary>
    private static Rational ParseDisplayed(string text, string where)
    {
        var t = text.Trim();
        var negative = t.StartsWith('(') && t.EndsWith(')');
        t = t.Trim('(', ')').Replace(",", "", StringComparison.Ordinal);
        decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            .ShouldBeTrue($"{where}: the document's '{text}' is not a number");
        return Rational.FromDecimal(negative ? -number : number);
    }

    /// <summary>The unexpected and missing entries, in the file's YAML so that they can be pasted into it or found in it.</summary>
    private static string Report(List<DocumentDifference> unexpected, List<ExpectedDifference> missing)
    {
        var sb = new StringBuilder();
        if (unexpected.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{unexpected.Count} difference(s) with the model document are not listed in {ExpectedDifferencesPath}. ")
                .Append("If they are right, give each a kind and a reason and add it:\n\n");
            foreach (var d in unexpected)
            {
                sb.Append(CultureInfo.InvariantCulture, $"# model document line {d.Line}\n").Append(ExpectedDifferences.ToYaml(d)).Append('\n');
            }
        }
        if (missing.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{missing.Count} entry(ies) of {ExpectedDifferencesPath} no longer occur (fixed, or changed: ")
                .Append("compare them with the differences above). Remove or update them:\n\n");
            foreach (var e in missing)
            {
                sb.Append(CultureInfo.InvariantCulture, $"# {ExpectedDifferencesPath} line {e.Line}\n").Append(ExpectedDifferences.ToYaml(e.Difference, e.Kind, e.Reason)).Append('\n');
            }
        }
        return sb.ToString();
    }
}
