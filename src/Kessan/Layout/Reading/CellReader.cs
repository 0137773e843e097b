using System.Collections.Immutable;
using Kessan.Ingest;
using Kessan.Model;
using YamlDotNet.RepresentationModel;

namespace Kessan.Layout.Reading;

/// <summary>
/// Reads a row's <c>cells:</c>, the cells that differ from what their row and column give, by column id: a bare
/// value is the cell's expression; a mapping may give a value, a text, a blank, a format, a period, a status and
/// members. A key that is not a column of the table is an unknown key (KSN003).
/// </summary>
internal sealed class CellReader
{
    private readonly ExpressionReader expressions;
    private readonly CellContextReader context;

    public CellReader(ExpressionReader expressions, CellContextReader context)
    {
        this.expressions = expressions;
        this.context = context;
    }

    /// <summary>The row's cell overrides, and the formats they name, in the order of the table's columns.</summary>
    public (ImmutableDictionary<string, CellOverride> Cells, LayoutReferences References) ReadCells(MappingReader r, ImmutableArray<ColumnLayout> columns)
    {
        var result = ImmutableDictionary.CreateBuilder<string, CellOverride>(StringComparer.Ordinal);
        var references = LayoutReferences.None;
        var cells = r.Mapping("cells", false, [.. columns.Select(c => c.Id)]);
        if (cells is null)
        {
            return (result.ToImmutable(), references);
        }
        foreach (var column in columns)
        {
            if (!cells.Has(column.Id))
            {
                continue;
            }
            var node = cells.Raw(column.Id, false)!;
            if (node is YamlScalarNode)
            {
                // A bare scalar is an expression.
                var expr = expressions.ReadExpr(cells, column.Id);
                if (expr is not null)
                {
                    result[column.Id] = new CellOverride { Value = expr, Location = cells.LocationOf(column.Id) };
                }
                continue;
            }
            var c = cells.File.AsMapping(node, "cell", "value", "text", "blank", "format", "period", "status", "dims");
            if (c is null)
            {
                continue;
            }
            var cell = new CellOverride
            {
                Value = expressions.ReadExpr(c, "value"),
                Text = c.Has("text") ? expressions.ReadTemplate(c, "text") : null,
                Blank = c.Bool("blank") ?? false,
                Format = CellContextReader.ReadFormatName(c),
                Period = context.ReadPeriod(c),
                Status = c.Choice("status", FactStatusNames.ByName),
                Dims = context.ReadDims(c),
                Location = c.Location,
            };
            result[column.Id] = cell;
            references = references.Then(LayoutReferences.ToFormatsOf(cell.Text, cell.Format, c));
        }
        return (result.ToImmutable(), references);
    }
}
