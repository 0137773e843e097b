using Kessan.Derivation.Evaluation;
using Kessan.Derivation.Figures;
using Kessan.Model;
using Kessan.Validation;

namespace Kessan.Web.Review;

/// <summary>One step of how a figure was computed: a rule with its formula and value, or a fact with where it was typed.</summary>
/// <param name="Depth">How deep in the computation (0: the figure's own rule).</param>
/// <param name="Rule">The rule (<c>fact</c> for a fact).</param>
/// <param name="Formula">The formula, canonical.</param>
/// <param name="Period">The period it was evaluated at, by the package's calendar.</param>
/// <param name="Value">The exact value (for a fact: as typed, in its file's unit and scale).</param>
/// <param name="Sources">For a fact, every file:line:column that reports it.</param>
/// <param name="Cell">For a fact, the first cell that reports it (where a preparer changes it), or null.</param>
public sealed record ExplanationStep(int Depth, string Rule, string Formula, string Period, string Value, IReadOnlyList<string> Sources,
    Kessan.Diagnostics.SourceLocation? Cell = null);

/// <summary>
/// What the app shows for a figure: the text displayed, its exact value, rule and formula, the computation down to the
/// facts with their file:line, and every place the figure appears. The same content as <c>kessan explain</c>.
/// </summary>
public sealed record FigureExplanation(string Id, string Label, string Period, string Formula, string Shown, string? Exact, string? Rule,
    string? Failure, IReadOnlyList<ExplanationStep> Steps, IReadOnlyList<string> AppearsIn)
{
    /// <summary>The explanation of <paramref name="figure"/> of <paramref name="package"/>'s release.</summary>
    public static FigureExplanation Of(Figure figure, ReleasePackage package)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(package);
        var calendar = package.Calendar;
        var period = calendar.NameOf(figure.Key.Period) + (figure.Key.Status == FactStatus.Actual ? "" : ", " + figure.Key.Status.ToString().ToLowerInvariant());
        var steps = new List<ExplanationStep>();
        if (figure.Value is { } value)
        {
            Walk(value.Provenance, 0, steps, calendar);
        }
        // A figure that is one fact is named by its concept (the place's own label may be a column heading, "JPY million").
        var label = figure.Value?.Provenance.Fact is { } only && package.Taxonomy.FindConcept(only.ConceptId) is { } concept
            ? concept.Label + (only.Key.Dimensions.IsEmpty ? "" : $" [{only.Key.Dimensions}]")
            : figure.Label;
        return new FigureExplanation(figure.Id, label, period, figure.Key.Expression,
            figure.Value is null ? "nothing: the figure cannot be derived" : figure.Text,
            figure.Value is { } v ? $"{v.Value.ToString(12)} {v.Unit.Id}" : null,
            figure.Rule, figure.Failure, steps, figure.AppearsIn);
    }

    private static void Walk(Provenance p, int depth, List<ExplanationStep> steps, FiscalCalendar calendar)
    {
        var period = p.Period is { } at ? calendar.NameOf(at) : "";
        if (p.Fact is { } fact)
        {
            steps.Add(new ExplanationStep(depth, "fact", p.Formula, period, ValidationContext.Figure(fact),
                [.. fact.Reports.Select(r => r.Source.ToString())], fact.Reports.Select(r => r.Source).FirstOrDefault(s => s.Line > 0 && s.Column > 0)));
            return;
        }
        steps.Add(new ExplanationStep(depth, p.Rule, p.Formula, period, p.Value.ToString(6), []));
        foreach (var input in p.Inputs)
        {
            Walk(input, depth + 1, steps, calendar);
        }
    }
}
