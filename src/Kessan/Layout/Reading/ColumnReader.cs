using Kessan.Diagnostics;
using Kessan.Ingest;
using Kessan.Model;
using YamlDotNet.RepresentationModel;

namespace Kessan.Layout.Reading;

/// <summary>
/// Reads a column of a table: its id (required, unique in the table: KSN006 at the second), header lines, the
/// context it gives its cells, its value or text, whether it is additive, and a declared sum across the row.
/// </summary>
internal sealed class ColumnReader
{
    private readonly ExpressionReader expressions;
    private readonly CellContextReader context;
    private readonly DiagnosticBag bag;

    public ColumnReader(ExpressionReader expressions, CellContextReader context, DiagnosticBag bag)
    {
        this.expressions = expressions;
        this.context = context;
        this.bag = bag;
    }

    /// <summary>
    /// The column at <paramref name="node"/> of table <paramref name="tableId"/>, and the formats it names; null
    /// when it is not a mapping, has no id, or has the id of an <paramref name="earlier"/> column.
    /// </summary>
    public (ColumnLayout? Column, LayoutReferences References) ReadColumn(YamlFile file, YamlNode node, string tableId, IEnumerable<ColumnLayout> earlier)
    {
        var c = file.AsMapping(node, "column", "id", "header", "period", "status", "dims", "value", "text", "format", "additive", "total_of", "unavailable");
        if (c is null)
        {
            return (null, LayoutReferences.None);
        }
        var cid = c.String("id", required: true, context: "a column")?.Trim();
        if (cid is null)
        {
            return (null, LayoutReferences.None);
        }
        if (earlier.Any(x => x.Id == cid))
        {
            bag.Error(DiagnosticCodes.DuplicateId, $"Column '{cid}' appears twice in table '{tableId}'.", c.LocationOf("id"));
            return (null, LayoutReferences.None);
        }
        var column = new ColumnLayout
        {
            Id = cid,
            Header = expressions.ReadLines(c, "header"),
            Period = context.ReadPeriod(c),
            Status = c.Choice("status", FactStatusNames.ByName),
            Dims = context.ReadDims(c),
            Value = expressions.ReadExpr(c, "value"),
            Text = c.Has("text") ? expressions.ReadTemplate(c, "text") : null,
            Format = CellContextReader.ReadFormatName(c),
            Additive = c.Bool("additive"),
            TotalOf = CellContextReader.ReadWeighted(c, "total_of"),
            Unavailable = context.ReadUnavailable(c),
            Location = c.KeyLocationOf("id"),
        };
        return (column, LayoutReferences.ToFormatsOf(column.Text, column.Format, c));
    }
}
