using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Kessan.Diagnostics;
using Kessan.Ingest;
using Kessan.Layout.Templates;
using Kessan.Model;
using YamlDotNet.RepresentationModel;

namespace Kessan.Layout.Reading;

/// <summary>
/// Reads a row of a table: its label, its id (a slug of the label when it has none; unique in the table: KSN006
/// at the second), the context it gives its cells, its value or text, indent, style, a declared sum down the
/// column, and its cells (<see cref="CellReader"/>).
/// </summary>
internal sealed class RowReader
{
    private readonly ExpressionReader expressions;
    private readonly CellContextReader context;
    private readonly CellReader cells;
    private readonly DiagnosticBag bag;

    public RowReader(ExpressionReader expressions, CellContextReader context, DiagnosticBag bag)
    {
        this.expressions = expressions;
        this.context = context;
        cells = new CellReader(expressions, context);
        this.bag = bag;
    }

    /// <summary>
    /// The row at <paramref name="node"/>, the <paramref name="rowNumber"/>th of table <paramref name="tableId"/>,
    /// and the formats it names; null when it is not a mapping or has the id of an <paramref name="earlier"/> row
    /// (its label is read, and checked, first).
    /// </summary>
    public (RowLayout? Row, LayoutReferences References) ReadRow(
        YamlFile file, YamlNode node, int rowNumber, string tableId, IEnumerable<RowLayout> earlier, ImmutableArray<ColumnLayout> columns)
    {
        var r = file.AsMapping(node, "row", "id", "label", "period", "status", "dims", "value", "text", "format", "indent", "style", "total_of", "cells", "unavailable");
        if (r is null)
        {
            return (null, LayoutReferences.None);
        }
        var label = r.Has("label") ? expressions.ReadTemplate(r, "label") : Template.Empty;
        var rid = r.String("id")?.Trim() ?? Slug(label, rowNumber);
        if (earlier.Any(x => x.Id == rid))
        {
            bag.Error(DiagnosticCodes.DuplicateId, $"Row '{rid}' appears twice in table '{tableId}'; give one an 'id'.", r.Location);
            return (null, LayoutReferences.ToFormatsIn(label));
        }
        var row = new RowLayout
        {
            Id = rid,
            Label = label ?? Template.Empty,
            Period = context.ReadPeriod(r),
            Status = r.Choice("status", FactStatusNames.ByName),
            Dims = context.ReadDims(r),
            Value = expressions.ReadExpr(r, "value"),
            Text = r.Has("text") ? expressions.ReadTemplate(r, "text") : null,
            Format = CellContextReader.ReadFormatName(r),
            Indent = r.Int("indent", 0, 4) ?? 0,
            Style = r.Choice("style", RowStyleNames.ByName) ?? RowStyle.Normal,
            TotalOf = CellContextReader.ReadWeighted(r, "total_of"),
            Unavailable = context.ReadUnavailable(r),
            Location = r.Location,
        };
        // The cells are read after every other key of the row.
        var (overrides, cellReferences) = cells.ReadCells(r, columns);
        return (row with { Cells = overrides },
            LayoutReferences.ToFormatsIn(label).Then(LayoutReferences.ToFormatsOf(row.Text, row.Format, r)).Then(cellReferences));
    }

    /// <summary>
    /// An id made of the literal text of a label: lower-case ASCII letters and digits, each run of anything else
    /// one '-', at most 40 characters; "row" and the row's number when nothing is left.
    /// </summary>
    private static string Slug(Template? label, int rowNumber)
    {
        var text = string.Concat(label?.Parts.OfType<LiteralPart>().Select(p => p.Text) ?? []);
        var sb = new StringBuilder();
        foreach (var ch in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                sb.Append(ch);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
            if (sb.Length >= 40)
            {
                break;
            }
        }
        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "row" + rowNumber.ToString(CultureInfo.InvariantCulture) : slug;
    }
}
