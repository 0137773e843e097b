using System.Globalization;
using Kessan.Diagnostics;
using Kessan.Layout;
using Kessan.Layout.Templates;

namespace Kessan.Derivation.Planning;

/// <summary>
/// Plans a text: flags numbers written as literal text, registers the figure of every placeholder shown (numbered
/// under the text's owner: <c>title/1</c>, <c>results/caption/2</c>; see <see cref="OptionalPassages"/>), and
/// checks every claim shown (<c>{{ A &gt; B }}</c>) on the exact values.
/// </summary>
/// <remarks>Used by one planning run only; not thread-safe.</remarks>
internal sealed class TemplatePlanner(ReleaseLayout layout, FigureRegistry registry, DiagnosticBag bag)
{
    private readonly Dictionary<string, int> placeholderCounts = new(StringComparer.Ordinal);

    /// <summary>Plans <paramref name="template"/> placed in <paramref name="ctx"/>.</summary>
    public void Plan(Template template, PlacementContext ctx)
    {
        foreach (var (number, location) in NumberLint.Find(template, layout.LintAllow))
        {
            // The number itself is a figure of the package: it goes into the detail, shown with --show-figures only.
            bag.Warning(DiagnosticCodes.LiteralNumber,
                "A number is written as text; bind it to a figure with a placeholder ({{ expression | format }}) so it always agrees with the data.",
                location, detail: number);
        }
        // An optional passage whose figures cannot all be derived is not shown: its figures are not the release's.
        var shown = OptionalPassages.Shown(template, f => registry.CanDerive(f.Expression, ctx.Within(f.Format))).ToList();
        foreach (var part in shown.OfType<FigurePart>())
        {
            _ = registry.Register(part.Expression, ctx.Within(part.Format), ctx.FormatFor(part.Format), PlaceholderId(ctx.Owner), template.SentenceAround(part), part.Location);
        }
        foreach (var claim in shown.OfType<ClaimPart>())
        {
            CheckClaim(claim, ctx);
        }
    }

    private string PlaceholderId(string owner)
    {
        var n = placeholderCounts.GetValueOrDefault(owner) + 1;
        placeholderCounts[owner] = n;
        return owner + "/" + n.ToString(CultureInfo.InvariantCulture);
    }

    private void CheckClaim(ClaimPart claim, PlacementContext ctx)
    {
        if (!registry.Evaluator.Evaluate(claim.Left, ctx.Period, ctx.Status).TryGet(out var left, out var problem)
            || !registry.Evaluator.Evaluate(claim.Right, ctx.Period, ctx.Status).TryGet(out var right, out problem))
        {
            bag.Warning(DiagnosticCodes.FigureUnavailable, $"The claim \"{claim.Text}\" cannot be checked: {problem.Message}", claim.Location);
            return;
        }
        var c = left.Value.CompareTo(right.Value);
        var holds = claim.Operator switch { ">" => c > 0, ">=" => c >= 0, "<" => c < 0, _ => c <= 0 };
        if (!holds)
        {
            bag.Error(DiagnosticCodes.FalseClaim, $"The text says \"{claim.Text}\", but {claim.Left} {claim.Operator} {claim.Right} does not hold.", claim.Location);
        }
    }
}
