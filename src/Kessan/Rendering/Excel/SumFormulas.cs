using System.Collections.Immutable;
using System.Text;
using Kessan.Derivation;
using Kessan.Derivation.Figures;
using Kessan.Model;

namespace Kessan.Rendering.Excel;

/// <summary>A total cell written as a formula over its items' cells.</summary>
/// <param name="Row">The total's row.</param>
/// <param name="Column">The total's column.</param>
/// <param name="Formula">The formula without <c>=</c>: <c>B5+B6-B7</c>.</param>
internal sealed record PlannedFormula(int Row, int Column, string Formula);

/// <summary>
/// Turns the displayed sums of a table into formulas on its sheet. A sum becomes a formula only when every
/// figure of it is a number on the sheet and it holds on the displayed values, so that the formula
/// recomputes to exactly the total the release shows. A sum that does not hold (independent rounding)
/// keeps the total as a number and is explained in a note; a sum with a figure that is not a number on the
/// sheet (it is on another table, or could not be derived) is left out. A cell holds one formula at most,
/// and a formula that would make a circular reference is not written.
/// </summary>
internal static class SumFormulas
{
    /// <summary>The formulas and the notes for the sums that cannot be formulas.</summary>
    /// <param name="numbers">The figure cells of the sheet.</param>
    /// <param name="sums">The table's displayed sums, in order; the first term is the total.</param>
    /// <param name="figures">Figures by id.</param>
    public static (ImmutableArray<PlannedFormula> Formulas, ImmutableArray<string> Notes) Plan(
        IReadOnlyList<SheetNumber> numbers, IEnumerable<DisplayedSum> sums, IReadOnlyDictionary<string, Figure> figures)
    {
        var cellsOf = numbers.GroupBy(n => n.FigureId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var formulas = new Dictionary<(int Row, int Column), (string Formula, List<(int Row, int Column)> Inputs)>();
        var order = new List<PlannedFormula>();
        var onSheet = sums.Where(s => s.Terms.Length >= 2 && s.Terms.All(t => cellsOf.ContainsKey(t.FigureId))).ToList();
        foreach (var sum in onSheet.Where(s => Holds(s, figures)))
        {
            var total = cellsOf[sum.Terms[0].FigureId];
            foreach (var candidate in total.Where(c => !formulas.ContainsKey((c.Row, c.Column))))
            {
                var inputs = sum.Terms.Skip(1).Select(t => Nearest(cellsOf[t.FigureId], candidate)).ToList();
                if (Reaches(formulas, inputs, (candidate.Row, candidate.Column)))
                {
                    continue;
                }
                var formula = Formula(sum, inputs);
                formulas[(candidate.Row, candidate.Column)] = (formula, [.. inputs.Select(i => (i.Row, i.Column))]);
                order.Add(new PlannedFormula(candidate.Row, candidate.Column, formula));
                break;
            }
        }
        // A total that another sum made a formula still agrees with the release; only a total left as a number is explained.
        var notes = new List<string>();
        foreach (var sum in onSheet.Where(s => !Holds(s, figures)))
        {
            var total = cellsOf[sum.Terms[0].FigureId];
            if (!total.Any(c => formulas.ContainsKey((c.Row, c.Column))))
            {
                notes.Add($"{total[0].Reference}: no formula. {sum.Description} does not add up on the figures as shown, " +
                    "because each figure is rounded on its own; the cell shows the release's figure.");
            }
        }
        return ([.. order], [.. notes]);
    }

    /// <summary>True when the weighted sum of the terms' displayed values is zero.</summary>
    public static bool Holds(DisplayedSum sum, IReadOnlyDictionary<string, Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(sum);
        var total = Rational.Zero;
        foreach (var (id, weight) in sum.Terms)
        {
            if (!figures.TryGetValue(id, out var figure) || figure.Displayed is not { } displayed)
            {
                return false;
            }
            total += weight > 0 ? displayed : -displayed;
        }
        return total.IsZero;
    }

    /// <summary>
    /// The total solved from the sum: weight₀·total + Σ wᵢ·itemᵢ = 0, so total = Σ (−w₀·wᵢ)·itemᵢ.
    /// </summary>
    private static string Formula(DisplayedSum sum, List<SheetNumber> inputs)
    {
        var text = new StringBuilder();
        var w0 = sum.Terms[0].Weight;
        for (var i = 0; i < inputs.Count; i++)
        {
            var sign = -w0 * sum.Terms[i + 1].Weight;
            if (sign < 0)
            {
                text.Append('-');
            }
            else if (i > 0)
            {
                text.Append('+');
            }
            text.Append(inputs[i].Reference);
        }
        return text.ToString();
    }

    /// <summary>
    /// The cell of a figure shown more than once that belongs with the total: in the total's column, the
    /// nearest row; else in its row, the nearest column; else the first.
    /// </summary>
    private static SheetNumber Nearest(List<SheetNumber> cells, SheetNumber total) =>
        cells.Where(c => c.Column == total.Column).OrderBy(c => Math.Abs(c.Row - total.Row)).ThenBy(c => c.Row).FirstOrDefault()
        ?? cells.Where(c => c.Row == total.Row).OrderBy(c => Math.Abs(c.Column - total.Column)).ThenBy(c => c.Column).FirstOrDefault()
        ?? cells[0];

    /// <summary>True when a formula in <paramref name="target"/> over <paramref name="inputs"/> would refer to itself.</summary>
    private static bool Reaches(Dictionary<(int Row, int Column), (string Formula, List<(int Row, int Column)> Inputs)> formulas,
        List<SheetNumber> inputs, (int Row, int Column) target)
    {
        var seen = new HashSet<(int, int)>();
        var stack = new Stack<(int Row, int Column)>(inputs.Select(i => (i.Row, i.Column)));
        while (stack.Count > 0)
        {
            var cell = stack.Pop();
            if (cell == target)
            {
                return true;
            }
            if (seen.Add(cell) && formulas.TryGetValue(cell, out var f))
            {
                foreach (var input in f.Inputs)
                {
                    stack.Push(input);
                }
            }
        }
        return false;
    }
}
