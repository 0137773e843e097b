using System.Collections.Immutable;
using Kessan.Diagnostics;
using Kessan.Ingest;
using Kessan.Layout.Expressions;
using Kessan.Layout.Templates;
using Kessan.Model;
using YamlDotNet.RepresentationModel;

namespace Kessan.Layout.Reading;

/// <summary>
/// Reads expressions and templates written as YAML values: a syntax problem is reported where it is in the file
/// (KSN501, KSN502; a quoted value's text starts after its quote), and the names they use are checked at once
/// (<see cref="NameChecker"/>), so every problem of a value is reported where the value is read.
/// </summary>
internal sealed class ExpressionReader
{
    private readonly DiagnosticBag bag;
    private readonly ExprParser exprParser;
    private readonly TemplateParser templateParser;
    private readonly NameChecker names;

    public ExpressionReader(ReleasePackage package, IFunctionCatalog functions, DiagnosticBag bag)
    {
        this.bag = bag;
        exprParser = new ExprParser(package.Calendar);
        templateParser = new TemplateParser(exprParser, bag);
        names = new NameChecker(package, functions, bag);
    }

    /// <summary>The template at <paramref name="key"/>, its names checked; null when the key is absent or the template malformed.</summary>
    public Template? ReadTemplate(MappingReader m, string key)
    {
        var text = m.String(key);
        if (text is null)
        {
            return null;
        }
        var location = ValueStart(m, key);
        var template = templateParser.Parse(text, location);
        if (template is not null)
        {
            names.CheckTemplate(template);
        }
        return template;
    }

    /// <summary>
    /// The lines of a list of templates at <paramref name="key"/> (a column's header, a table's captions, label
    /// header and notes), leaving out the malformed ones. Their names are not checked.
    /// </summary>
    public ImmutableArray<Template> ReadLines(MappingReader m, string key)
    {
        var lines = ImmutableArray.CreateBuilder<Template>();
        foreach (var (text, location) in m.StringList(key) ?? [])
        {
            if (templateParser.Parse(text, location) is { } tpl)
            {
                lines.Add(tpl);
            }
        }
        return lines.ToImmutable();
    }

    /// <summary>The expression at <paramref name="key"/>, its names checked; null when the key is absent or the expression malformed.</summary>
    public Expr? ReadExpr(MappingReader m, string key)
    {
        var text = m.String(key);
        if (text is null)
        {
            return null;
        }
        var start = ValueStart(m, key);
        var expr = exprParser.Parse(text, out var error);
        if (expr is null)
        {
            bag.Error(DiagnosticCodes.ExpressionSyntax, error!.Message, TemplateParser.At(text, start, error.Offset));
            return null;
        }
        names.CheckExpr(expr, start);
        return expr;
    }

    /// <summary>Where a scalar's text starts: after its opening quote when it is quoted.</summary>
    private static SourceLocation ValueStart(MappingReader m, string key)
    {
        var node = m.Raw(key, false);
        var location = m.LocationOf(key);
        return node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted }
            ? location.WithColumn(location.Column + 1)
            : location;
    }
}
