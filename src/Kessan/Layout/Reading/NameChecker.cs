using Kessan.Diagnostics;
using Kessan.Layout.Expressions;
using Kessan.Layout.Templates;
using Kessan.Model;
using Kessan.Utility;

namespace Kessan.Layout.Reading;

/// <summary>
/// Checks that an expression or a template names only what exists: concepts, axes and members of the taxonomy,
/// derivation rules, and settings (KSN503, with the nearest name as a hint), and that a placeholder gives a phrase
/// format as many arguments as it takes and a display format none (KSN502). Formats a layout placeholder names may
/// be defined in a later layout file, so their names are left to <see cref="CrossReferenceChecker"/>; a narrative's,
/// read once the layout is, are checked by <see cref="CheckFormatName"/>.
/// </summary>
public sealed class NameChecker
{
    private readonly ReleasePackage package;
    private readonly IFunctionCatalog functions;
    private readonly DiagnosticBag bag;

    /// <summary>Creates a checker reporting to <paramref name="bag"/>.</summary>
    public NameChecker(ReleasePackage package, IFunctionCatalog functions, DiagnosticBag bag)
    {
        this.package = package;
        this.functions = functions;
        this.bag = bag;
    }

    /// <summary>Checks the expressions of a template's placeholders, their formats' arguments and the settings it names, in order.</summary>
    public void CheckTemplate(Template template)
    {
        ArgumentNullException.ThrowIfNull(template);
        foreach (var part in template.Parts)
        {
            switch (part)
            {
                case FigurePart f:
                    CheckExpr(f.Expression, f.Location);
                    CheckFormatArguments(f.Format, f.Location);
                    break;
                case ClaimPart claim:
                    CheckExpr(claim.Left, claim.Location);
                    CheckExpr(claim.Right, claim.Location);
                    break;
                case SettingPart s when TemplateSettings.Find(s.Name) is null:
                    bag.Error(DiagnosticCodes.UnknownName, $"Setting '{s.Name}' does not exist.{Suggestions.Hint(s.Name, TemplateSettings.Names)}", s.Location);
                    break;
            }
        }
    }

    /// <summary>Checks that a placeholder gives its format as many arguments as the format takes.</summary>
    private void CheckFormatArguments(FormatSpec format, SourceLocation location)
    {
        var takes = Kessan.Layout.Formats.PhraseFormats.Find(format.Name)?.Arguments ?? 0;
        if (format.Args.Length != takes)
        {
            bag.Error(DiagnosticCodes.TemplateSyntax,
                takes == 0
                    ? $"Format '{format.Name}' takes no arguments; this placeholder gives {format.Args.Length}."
                    : $"Format '{format.Name}' takes {takes} arguments in quotes; this placeholder gives {format.Args.Length}.",
                location);
        }
    }

    /// <summary>Checks that a placeholder's format is a phrase format or one of <paramref name="defined"/> (KSN503).</summary>
    public void CheckFormatName(FormatSpec format, IReadOnlyDictionary<string, Kessan.Layout.Formats.DisplayFormat> defined, SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(defined);
        if (!defined.ContainsKey(format.Name) && Kessan.Layout.Formats.PhraseFormats.Find(format.Name) is null)
        {
            bag.Error(DiagnosticCodes.UnknownName,
                $"Format '{format.Name}' is not defined.{Suggestions.Hint(format.Name, defined.Keys.Concat(Kessan.Layout.Formats.PhraseFormats.Names))}", location);
        }
    }

    /// <summary>Checks that an expression names only concepts, axes, members and rules that exist.</summary>
    public void CheckExpr(Expr expr, SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(expr);
        switch (expr)
        {
            case RefExpr r:
                if (package.Taxonomy.FindConcept(r.ConceptId) is null)
                {
                    bag.Error(DiagnosticCodes.UnknownName,
                        $"Concept '{r.ConceptId}' is not defined.{Suggestions.Hint(r.ConceptId, package.Taxonomy.Concepts.Select(c => c.Id))}", location);
                }
                foreach (var d in r.Dimensions.Values)
                {
                    var axis = package.Taxonomy.FindAxis(d.Axis);
                    if (axis is null)
                    {
                        bag.Error(DiagnosticCodes.UnknownName, $"Axis '{d.Axis}' is not defined.{Suggestions.Hint(d.Axis, package.Taxonomy.Axes.Select(a => a.Id))}", location);
                    }
                    else if (axis.FindMember(d.Member) is null)
                    {
                        bag.Error(DiagnosticCodes.UnknownName, $"Axis '{d.Axis}' has no member '{d.Member}'.{Suggestions.Hint(d.Member, axis.Members.Select(x => x.Id))}", location);
                    }
                }
                break;
            case NegateExpr n:
                CheckExpr(n.Operand, location);
                break;
            case BinaryExpr b:
                CheckExpr(b.Left, location);
                CheckExpr(b.Right, location);
                break;
            case CallExpr c:
                if (!functions.Names.Contains(c.Function))
                {
                    bag.Error(DiagnosticCodes.UnknownName,
                        $"'{c.Function}' is not a derivation rule.{Suggestions.Hint(c.Function, functions.Names)}", location);
                }
                foreach (var a in c.Args)
                {
                    CheckExpr(a, location);
                }
                break;
        }
    }
}
