using System.Collections.Immutable;
using Kessan.Layout.Expressions;
using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Layout.Templates;

/// <summary>What a narrative block is.</summary>
public enum NarrativeBlockKind
{
    /// <summary>A paragraph.</summary>
    Paragraph = 0,

    /// <summary>A heading (<c>##</c>).</summary>
    Heading,

    /// <summary>A bulleted list (<c>- </c> lines).</summary>
    List,
}

/// <summary>A block of a narrative: a paragraph, a heading or a list, as templates.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Level">Heading level (1-4); 0 otherwise.</param>
/// <param name="Items">One template for a paragraph or heading; one per item for a list.</param>
/// <param name="Location">Where the block starts.</param>
public sealed record NarrativeBlock(NarrativeBlockKind Kind, int Level, ImmutableArray<Template> Items, SourceLocation Location)
{
    /// <inheritdoc/>
    public bool Equals(NarrativeBlock? other) => other is not null && Kind == other.Kind && Level == other.Level
        && Items.SequenceEqual(other.Items) && Equals(Location, other.Location);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Level, Items.Length);
}

/// <summary>A parsed narrative: its context (period and status of placeholders) and blocks.</summary>
/// <param name="Id">The narrative's id.</param>
/// <param name="Period">The default period of its placeholders.</param>
/// <param name="Status">The default status of its placeholders.</param>
/// <param name="Blocks">The blocks.</param>
public sealed record ParsedNarrative(string Id, Period Period, FactStatus Status, ImmutableArray<NarrativeBlock> Blocks)
{
    /// <inheritdoc/>
    public bool Equals(ParsedNarrative? other) => other is not null && Id == other.Id && Period == other.Period
        && Status == other.Status && Blocks.SequenceEqual(other.Blocks);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Blocks.Length);
}

/// <summary>
/// Reads narrative Markdown: an optional front matter (<c>---</c> lines around <c>period: FY2013</c> and
/// <c>status: target</c>) setting the context of its placeholders, then blocks separated by blank lines:
/// <c>#</c> headings, <c>- </c> list items, and paragraphs (lines joined with spaces). Inline
/// <c>**strong**</c>, <c>*emphasis*</c> and <c>&lt;https://...&gt;</c> links are kept as written and
/// interpreted by the document builder.
/// </summary>
public static class NarrativeParser
{
    /// <summary>Parses a narrative; problems go to <paramref name="bag"/>.</summary>
    public static ParsedNarrative Parse(NarrativeText narrative, ReleasePackage package, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(narrative);
        ArgumentNullException.ThrowIfNull(package);
        var path = narrative.Location.Path;
        var lines = narrative.Text.Split('\n');
        var period = package.Reporting.CurrentYear;
        var status = FactStatus.Actual;
        var first = 0;
        if (lines.Length > 0 && lines[0].TrimEnd() == "---")
        {
            var end = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
            if (end < 0)
            {
                bag.Error(DiagnosticCodes.TemplateSyntax, "The front matter '---' is not closed with another '---' line.", new SourceLocation(path, 1, 1));
            }
            else
            {
                for (var i = 1; i < end; i++)
                {
                    var kv = lines[i].Split(':', 2);
                    var key = kv[0].Trim();
                    var value = kv.Length > 1 ? kv[1].Trim() : "";
                    var at = new SourceLocation(path, i + 1, 1);
                    switch (key)
                    {
                        case "period" when package.Calendar.TryParse(value, out var p):
                            period = p!;
                            break;
                        case "period":
                            bag.Error(DiagnosticCodes.InvalidValue, $"'{value}' is not a period (FY2012, 4Q12, 1H FY2013, ...).", at);
                            break;
                        case "status" when FactStatusNames.ByName.TryGetValue(value, out var s):
                            status = s;
                            break;
                        case "status":
                            bag.Error(DiagnosticCodes.InvalidValue, "'status' must be actual, target or forecast.", at);
                            break;
                        case "":
                            break;
                        default:
                            bag.Error(DiagnosticCodes.UnknownKey, $"Unknown front-matter key '{key}'. Known keys here: period, status.", at);
                            break;
                    }
                }
                first = end + 1;
            }
        }

        var parser = new TemplateParser(new ExprParser(package.Calendar), bag);
        var blocks = ImmutableArray.CreateBuilder<NarrativeBlock>();
        var i2 = first;
        while (i2 < lines.Length)
        {
            var line = lines[i2].TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                i2++;
                continue;
            }
            var start = new SourceLocation(path, i2 + 1, 1);
            if (line.StartsWith('#'))
            {
                var level = line.TakeWhile(c => c == '#').Count();
                var text = line[level..];
                var lead = text.Length - text.TrimStart().Length;
                var t = parser.Parse(text.Trim(), new SourceLocation(path, i2 + 1, level + lead + 1));
                if (t is not null)
                {
                    blocks.Add(new NarrativeBlock(NarrativeBlockKind.Heading, Math.Min(level, 4), [t], start));
                }
                i2++;
                continue;
            }
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                var items = ImmutableArray.CreateBuilder<Template>();
                while (i2 < lines.Length && lines[i2].StartsWith("- ", StringComparison.Ordinal))
                {
                    var t = parser.Parse(lines[i2][2..].TrimEnd('\r'), new SourceLocation(path, i2 + 1, 3));
                    if (t is not null)
                    {
                        items.Add(t);
                    }
                    i2++;
                }
                blocks.Add(new NarrativeBlock(NarrativeBlockKind.List, 0, items.ToImmutable(), start));
                continue;
            }
            // A paragraph: consecutive non-blank lines, joined with spaces. Each line is parsed at its own
            // location so that diagnostics point at the right line.
            var parts = ImmutableArray.CreateBuilder<TemplatePart>();
            var firstLine = true;
            while (i2 < lines.Length && lines[i2].Trim().Length > 0 && !lines[i2].StartsWith('#') && !lines[i2].StartsWith("- ", StringComparison.Ordinal))
            {
                var text = lines[i2].TrimEnd('\r');
                if (!firstLine)
                {
                    parts.Add(new LiteralPart(" ", new SourceLocation(path, i2 + 1, 1)));
                }
                var t = parser.Parse(text.Trim(), new SourceLocation(path, i2 + 1, text.Length - text.TrimStart().Length + 1));
                if (t is not null)
                {
                    parts.AddRange(t.Parts);
                }
                firstLine = false;
                i2++;
            }
            blocks.Add(new NarrativeBlock(NarrativeBlockKind.Paragraph, 0, [new Template(parts.ToImmutable())], start));
        }
        return new ParsedNarrative(narrative.Id, period, status, blocks.ToImmutable());
    }
}
