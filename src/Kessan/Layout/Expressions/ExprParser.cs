using System.Collections.Immutable;
using System.Globalization;
using Kessan.Model;

namespace Kessan.Layout.Expressions;

/// <summary>A parse error: what is wrong, at which character of the text (0-based).</summary>
/// <param name="Message">What is wrong, without figures.</param>
/// <param name="Offset">0-based character offset in the parsed text.</param>
public sealed record ExprError(string Message, int Offset);

/// <summary>
/// Parses expressions:
/// <code>
/// expr    := term (('+' | '-') term)*
/// term    := unary (('*' | '/') unary)*
/// unary   := '-' unary | primary
/// primary := number | '$' | call | ref | '(' expr ')'
/// call    := name '(' [expr (',' expr)*] ')'
/// ref     := Concept ['[' Axis=Member (';' Axis=Member)* ']'] ['@' period] ['#' status]
/// </code>
/// A period is a name of the fiscal calendar without spaces (<c>FY2011</c>, <c>4Q12</c>, <c>1H13</c>,
/// <c>FY2012-end</c>, <c>2013-03-31</c>), a quoted name (<c>@"1H FY2013"</c>), or a relative anchor:
/// <c>start</c>, <c>end</c>, <c>prior</c>, <c>prior-start</c>, <c>prior-end</c>. Status is
/// <c>actual</c>, <c>target</c> or <c>forecast</c>.
/// </summary>
public sealed class ExprParser
{
    private readonly FiscalCalendar calendar;
    private string text = "";
    private int pos;

    /// <summary>Creates a parser that reads period names with <paramref name="calendar"/>.</summary>
    public ExprParser(FiscalCalendar calendar) => this.calendar = calendar;

    /// <summary>The calendar period names are read with.</summary>
    public FiscalCalendar Calendar => calendar;

    /// <summary>Parses <paramref name="source"/>; returns the expression, or null with an error.</summary>
    public Expr? Parse(string source, out ExprError? error)
    {
        text = source;
        pos = 0;
        depth = 0;
        operators = 0;
        error = null;
        try
        {
            SkipSpace();
            if (pos >= text.Length)
            {
                throw new ParseException("An expression is empty.", 0);
            }
            var e = ParseExpr();
            SkipSpace();
            if (pos < text.Length)
            {
                throw new ParseException($"Unexpected '{text[pos]}'.", pos);
            }
            return e;
        }
        catch (ParseException p)
        {
            error = new ExprError(p.Message, p.Offset);
            return null;
        }
    }

    /// <summary>How deep parentheses, calls and negations may nest: far beyond any real formula, and well within the stack.</summary>
    public const int MaxDepth = 100;

    /// <summary>How many operators an expression may hold: far beyond any real formula, and keeping its tree shallow enough to evaluate.</summary>
    public const int MaxOperators = 1000;

    private int depth;
    private int operators;

    private void Enter()
    {
        if (++depth > MaxDepth)
        {
            throw new ParseException($"The expression nests parentheses, calls or minus signs more than {MaxDepth} deep.", pos);
        }
    }

    private void CountOperator()
    {
        if (++operators > MaxOperators)
        {
            throw new ParseException($"The expression has more than {MaxOperators} operators.", pos);
        }
    }

    private sealed class ParseException(string message, int offset) : Exception(message)
    {
        public int Offset { get; } = offset;
    }

    private void SkipSpace()
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
        {
            pos++;
        }
    }

    private bool Accept(char c)
    {
        SkipSpace();
        if (pos < text.Length && text[pos] == c)
        {
            pos++;
            return true;
        }
        return false;
    }

    private void Expect(char c)
    {
        if (!Accept(c))
        {
            throw new ParseException(pos < text.Length ? $"Expected '{c}' but found '{text[pos]}'." : $"Expected '{c}' at the end.", pos);
        }
    }

    private Expr ParseExpr()
    {
        var left = ParseTerm();
        while (true)
        {
            if (Accept('+'))
            {
                CountOperator();
                left = new BinaryExpr('+', left, ParseTerm());
            }
            else if (Accept('-'))
            {
                CountOperator();
                left = new BinaryExpr('-', left, ParseTerm());
            }
            else
            {
                return left;
            }
        }
    }

    private Expr ParseTerm()
    {
        var left = ParseUnary();
        while (true)
        {
            if (Accept('*'))
            {
                CountOperator();
                left = new BinaryExpr('*', left, ParseUnary());
            }
            else if (Accept('/'))
            {
                CountOperator();
                left = new BinaryExpr('/', left, ParseUnary());
            }
            else
            {
                return left;
            }
        }
    }

    private Expr ParseUnary()
    {
        if (!Accept('-'))
        {
            return ParsePrimary();
        }
        Enter();
        CountOperator();
        var operand = ParseUnary();
        depth--;
        return new NegateExpr(operand);
    }

    private Expr ParsePrimary()
    {
        SkipSpace();
        if (pos >= text.Length)
        {
            throw new ParseException("The expression ends too early.", pos);
        }
        var c = text[pos];
        if (c == '(')
        {
            pos++;
            Enter();
            var e = ParseExpr();
            Expect(')');
            depth--;
            return e;
        }
        if (c == '$')
        {
            pos++;
            return SlotExpr.Instance;
        }
        if (char.IsAsciiDigit(c))
        {
            return ParseNumber();
        }
        if (char.IsAsciiLetter(c) || c == '_')
        {
            var name = ReadIdentifier();
            SkipSpace();
            if (pos < text.Length && text[pos] == '(')
            {
                pos++;
                Enter();
                var args = ImmutableArray.CreateBuilder<Expr>();
                if (!Accept(')'))
                {
                    do
                    {
                        args.Add(ParseExpr());
                    }
                    while (Accept(','));
                    Expect(')');
                }
                depth--;
                return new CallExpr(name, args.ToImmutable());
            }
            return ParseRef(name);
        }
        throw new ParseException($"Unexpected '{c}'.", pos);
    }

    private Expr ParseNumber()
    {
        var start = pos;
        while (pos < text.Length && (char.IsAsciiDigit(text[pos]) || text[pos] == '.'))
        {
            pos++;
        }
        var s = text[start..pos];
        if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
        {
            throw new ParseException($"'{s}' is not a number.", start);
        }
        return new NumberExpr(Rational.FromDecimal(d));
    }

    private string ReadIdentifier()
    {
        var start = pos;
        while (pos < text.Length && (char.IsAsciiLetterOrDigit(text[pos]) || text[pos] == '_'))
        {
            pos++;
        }
        return text[start..pos];
    }

    private RefExpr ParseRef(string concept)
    {
        var dims = DimensionSet.Empty;
        if (pos < text.Length && text[pos] == '[')
        {
            pos++;
            var close = text.IndexOf(']', pos);
            if (close < 0)
            {
                throw new ParseException("A member list '[' is not closed with ']'.", pos - 1);
            }
            var values = new List<DimensionValue>();
            var tokenStart = pos;
            foreach (var token in text[pos..close].Split(';'))
            {
                // Problems are reported at the member they are in, not at the start of the list.
                var at = tokenStart + token.Length - token.TrimStart().Length;
                tokenStart += token.Length + 1;
                var parts = token.Split('=', 2);
                if (parts.Length != 2 || parts[0].Trim().Length == 0 || parts[1].Trim().Length == 0)
                {
                    throw new ParseException($"'{token.Trim()}' is not a member; write Axis=Member.", at);
                }
                if (values.Exists(v => v.Axis == parts[0].Trim()))
                {
                    throw new ParseException($"Axis '{parts[0].Trim()}' appears twice.", at);
                }
                values.Add(new DimensionValue(parts[0].Trim(), parts[1].Trim()));
            }
            dims = DimensionSet.Of(values);
            pos = close + 1;
        }
        var period = PeriodSpec.Context;
        if (pos < text.Length && text[pos] == '@')
        {
            pos++;
            period = ParsePeriod();
        }
        FactStatus? status = null;
        if (pos < text.Length && text[pos] == '#')
        {
            pos++;
            var at = pos;
            status = ReadIdentifier() switch
            {
                "actual" => FactStatus.Actual,
                "target" => FactStatus.Target,
                "forecast" => FactStatus.Forecast,
                var other => throw new ParseException($"'{other}' is not a status (actual, target, forecast).", at),
            };
        }
        return new RefExpr(concept, dims, period, status);
    }

    private PeriodSpec ParsePeriod()
    {
        var start = pos;
        string written;
        if (pos < text.Length && text[pos] == '"')
        {
            var close = text.IndexOf('"', pos + 1);
            if (close < 0)
            {
                throw new ParseException("A quoted period is not closed.", pos);
            }
            written = text[(pos + 1)..close];
            pos = close + 1;
        }
        else
        {
            while (pos < text.Length && (char.IsAsciiLetterOrDigit(text[pos]) || text[pos] is '-' or '.' or '_'))
            {
                pos++;
            }
            written = text[start..pos];
        }
        var anchor = written switch
        {
            "start" => PeriodAnchor.Start,
            "end" => PeriodAnchor.End,
            "prior" => PeriodAnchor.Prior,
            "prior-start" => PeriodAnchor.PriorStart,
            "prior-end" => PeriodAnchor.PriorEnd,
            _ => PeriodAnchor.Absolute,
        };
        if (anchor != PeriodAnchor.Absolute)
        {
            return new PeriodSpec(anchor, null, written);
        }
        if (!calendar.TryParse(written, out var period))
        {
            throw new ParseException($"'{written}' is not a period (FY2012, 4Q12, FY2012-end, 2013-03-31, start, end, prior).", start);
        }
        var canonical = written.Contains(' ', StringComparison.Ordinal) ? "\"" + written + "\"" : written;
        return new PeriodSpec(PeriodAnchor.Absolute, period, canonical);
    }
}
