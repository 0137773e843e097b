using System.Collections.Immutable;
using Kessan.Layout.Expressions;
using Kessan.Diagnostics;

namespace Kessan.Layout.Templates;

/// <summary>
/// Parses text with placeholders: <c>{{ expression }}</c>, <c>{{ expression | format }}</c>,
/// <c>{{ expression | format:"arg","arg" }}</c>, <c>{{ setting:name | format }}</c>, claims, and optional
/// passages (<c>{{ optional: "why" }} … {{ else }} … {{ end }}</c>, not nested). A literal <c>{{</c> is written
/// <c>{{{{</c>. Problems are reported at their line and column.
/// </summary>
public sealed class TemplateParser
{
    private readonly ExprParser expressions;
    private readonly DiagnosticBag bag;

    /// <summary>Creates a parser.</summary>
    public TemplateParser(ExprParser expressions, DiagnosticBag bag)
    {
        this.expressions = expressions;
        this.bag = bag;
    }

    /// <summary>
    /// Parses <paramref name="text"/>, which starts at <paramref name="start"/> (line and column of its first
    /// character). Returns null when a placeholder is malformed (after reporting it).
    /// </summary>
    public Template? Parse(string text, SourceLocation start)
    {
        var parts = ImmutableArray.CreateBuilder<TemplatePart>();
        var literal = new System.Text.StringBuilder();
        var literalStart = 0;
        var ok = true;
        var i = 0;
        while (i < text.Length)
        {
            if (text.AsSpan(i).StartsWith("{{{{"))
            {
                literal.Append("{{");
                i += 4;
                continue;
            }
            if (!text.AsSpan(i).StartsWith("{{"))
            {
                literal.Append(text[i]);
                i++;
                continue;
            }
            var close = text.IndexOf("}}", i + 2, StringComparison.Ordinal);
            var next = text.IndexOf("{{", i + 2, StringComparison.Ordinal);
            if (close < 0 || (next >= 0 && next < close))
            {
                // A placeholder runs to the next '}}' only: one that another opens before, or that never closes,
                // would swallow the text after it.
                bag.Error(DiagnosticCodes.TemplateSyntax, "A placeholder '{{' is not closed with '}}'.", At(text, start, i));
                return null;
            }
            if (literal.Length > 0)
            {
                parts.Add(new LiteralPart(literal.ToString(), At(text, start, literalStart)));
                literal.Clear();
            }
            var inner = text[(i + 2)..close];
            var part = ParsePlaceholder(inner, text, start, i + 2);
            if (part is null)
            {
                ok = false;
            }
            else
            {
                parts.Add(part);
            }
            i = close + 2;
            literalStart = i;
        }
        if (literal.Length > 0)
        {
            parts.Add(new LiteralPart(literal.ToString(), At(text, start, literalStart)));
        }
        ok &= CheckOptionalPassages(parts);
        return ok ? new Template(parts.ToImmutable()) : null;
    }

    /// <summary>
    /// Checks that every optional passage is closed with <c>{{ end }}</c>, holds at most one <c>{{ else }}</c>, and
    /// holds no other optional passage; reports each problem at its placeholder.
    /// </summary>
    private bool CheckOptionalPassages(IEnumerable<TemplatePart> parts)
    {
        OptionalStartPart? open = null;
        var seenElse = false;
        var ok = true;
        foreach (var part in parts)
        {
            switch (part)
            {
                case OptionalStartPart start when open is not null:
                    bag.Error(DiagnosticCodes.TemplateSyntax, $"An optional passage cannot hold another (the one open since {open.Location.Line}:{open.Location.Column}).", start.Location);
                    ok = false;
                    break;
                case OptionalStartPart start:
                    open = start;
                    seenElse = false;
                    break;
                case OptionalElsePart e when open is null || seenElse:
                    bag.Error(DiagnosticCodes.TemplateSyntax, open is null ? "'{{ else }}' stands outside an optional passage." : "An optional passage has one '{{ else }}' at most.", e.Location);
                    ok = false;
                    break;
                case OptionalElsePart:
                    seenElse = true;
                    break;
                case OptionalEndPart end when open is null:
                    bag.Error(DiagnosticCodes.TemplateSyntax, "'{{ end }}' closes no optional passage.", end.Location);
                    ok = false;
                    break;
                case OptionalEndPart:
                    open = null;
                    break;
            }
        }
        if (open is not null)
        {
            bag.Error(DiagnosticCodes.TemplateSyntax, "An optional passage is not closed with '{{ end }}'.", open.Location);
            ok = false;
        }
        return ok;
    }

    private TemplatePart? ParsePlaceholder(string inner, string text, SourceLocation start, int offset)
    {
        if (inner.TrimStart().StartsWith("claim:", StringComparison.Ordinal))
        {
            return ParseClaim(inner, text, start, offset);
        }
        var word = inner.Trim();
        var here = At(text, start, offset + inner.Length - inner.TrimStart().Length);
        if (word.StartsWith("optional:", StringComparison.Ordinal))
        {
            var reason = word["optional:".Length..].Trim();
            if (reason.Length < 3 || reason[0] != '"' || reason[^1] != '"' || reason[1..^1].Trim().Length == 0)
            {
                bag.Error(DiagnosticCodes.TemplateSyntax, "An optional passage says why its figures may be unavailable: {{ optional: \"why\" }}.", here);
                return null;
            }
            return new OptionalStartPart(reason[1..^1].Trim(), here);
        }
        if (word == "else")
        {
            return new OptionalElsePart(here);
        }
        if (word == "end")
        {
            return new OptionalEndPart(here);
        }
        var bar = FindBar(inner);
        var exprText = bar < 0 ? inner : inner[..bar];
        FormatSpec? format = null;
        if (bar >= 0)
        {
            format = ParseFormat(inner[(bar + 1)..], text, start, offset + bar + 1);
            if (format is null)
            {
                return null;
            }
        }
        var trimmed = exprText.Trim();
        var lead = exprText.Length - exprText.TrimStart().Length;
        if (trimmed.StartsWith("setting:", StringComparison.Ordinal))
        {
            return new SettingPart(trimmed["setting:".Length..].Trim(), format, At(text, start, offset + lead));
        }
        var expr = expressions.Parse(trimmed, out var error);
        if (expr is null)
        {
            bag.Error(DiagnosticCodes.ExpressionSyntax, error!.Message, At(text, start, offset + lead + error.Offset));
            return null;
        }
        return new FigurePart(expr, format ?? new FormatSpec("number", []), At(text, start, offset + lead));
    }

    private ClaimPart? ParseClaim(string inner, string text, SourceLocation start, int offset)
    {
        var at = At(text, start, offset + inner.IndexOf("claim:", StringComparison.Ordinal));
        var body = inner[(inner.IndexOf("claim:", StringComparison.Ordinal) + "claim:".Length)..];
        var bar = FindBar(body);
        var quoted = bar < 0 ? "" : body[(bar + 1)..].Trim();
        if (bar < 0 || quoted.Length < 2 || quoted[0] != '"' || quoted[^1] != '"')
        {
            bag.Error(DiagnosticCodes.TemplateSyntax, "A claim is written {{ claim: left > right | \"text shown\" }}.", at);
            return null;
        }
        var comparison = body[..bar];
        string? op = null;
        var index = -1;
        foreach (var candidate in new[] { ">=", "<=", ">", "<" })
        {
            index = comparison.IndexOf(candidate, StringComparison.Ordinal);
            if (index >= 0)
            {
                op = candidate;
                break;
            }
        }
        if (op is null)
        {
            bag.Error(DiagnosticCodes.TemplateSyntax, "A claim compares two expressions with >, >=, < or <=.", at);
            return null;
        }
        var left = expressions.Parse(comparison[..index].Trim(), out var e1);
        var right = expressions.Parse(comparison[(index + op.Length)..].Trim(), out var e2);
        if (left is null || right is null)
        {
            bag.Error(DiagnosticCodes.ExpressionSyntax, (e1 ?? e2)!.Message, at);
            return null;
        }
        return new ClaimPart(left, op, right, quoted[1..^1], at);
    }

    private static int FindBar(string inner)
    {
        var quoted = false;
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '"')
            {
                quoted = !quoted;
            }
            else if (inner[i] == '|' && !quoted)
            {
                return i;
            }
        }
        return -1;
    }

    private FormatSpec? ParseFormat(string spec, string text, SourceLocation start, int offset)
    {
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        var name = (colon < 0 ? spec : spec[..colon]).Trim();
        Kessan.Model.Period? period = null;
        Kessan.Model.FactStatus? status = null;
        var hash = name.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            switch (name[(hash + 1)..])
            {
                case "actual": status = Kessan.Model.FactStatus.Actual; break;
                case "target": status = Kessan.Model.FactStatus.Target; break;
                case "forecast": status = Kessan.Model.FactStatus.Forecast; break;
                default:
                    bag.Error(DiagnosticCodes.TemplateSyntax, $"'{name[(hash + 1)..]}' is not a status (actual, target, forecast).", At(text, start, offset));
                    return null;
            }
            name = name[..hash];
        }
        var at = name.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            // A relative name keeps its underscores (prior_year); in an absolute one an underscore stands for a space (1H_FY2013).
            var written = name[(at + 1)..];
            if (!expressions.Calendar.TryParse(written, out period) && !expressions.Calendar.TryParse(written = written.Replace('_', ' '), out period))
            {
                bag.Error(DiagnosticCodes.TemplateSyntax, $"'{written}' is not a period (FY2012, 4Q12, 1H13, FY2012-end, ...).", At(text, start, offset));
                return null;
            }
            name = name[..at];
        }
        if (name.Length == 0)
        {
            bag.Error(DiagnosticCodes.TemplateSyntax, "A '|' must be followed by a format name.", At(text, start, offset));
            return null;
        }
        var args = ImmutableArray.CreateBuilder<string>();
        if (colon >= 0)
        {
            var rest = spec[(colon + 1)..].Trim();
            while (rest.Length > 0)
            {
                if (rest[0] != '"')
                {
                    bag.Error(DiagnosticCodes.TemplateSyntax, "Format arguments are written in double quotes, separated by commas.", At(text, start, offset + colon + 1));
                    return null;
                }
                var end = rest.IndexOf('"', 1);
                if (end < 0)
                {
                    bag.Error(DiagnosticCodes.TemplateSyntax, "A format argument's quote is not closed.", At(text, start, offset + colon + 1));
                    return null;
                }
                args.Add(rest[1..end]);
                rest = rest[(end + 1)..].TrimStart();
                if (rest.StartsWith(','))
                {
                    rest = rest[1..].TrimStart();
                }
            }
        }
        return new FormatSpec(name, args.ToImmutable()) { Period = period, Status = status };
    }

    /// <summary>The location of character <paramref name="offset"/> of a text that starts at <paramref name="start"/>.</summary>
    internal static SourceLocation At(string text, SourceLocation start, int offset)
    {
        var line = start.Line;
        var column = start.Column;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }
        return new SourceLocation(start.Path, line, column);
    }
}
