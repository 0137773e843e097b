using System.Collections.Immutable;
using Kessan.Diagnostics;
using Kessan.Ingest;

namespace Kessan.Layout.Reading;

/// <summary>
/// Reads a table's <c>column_groups:</c>, headers that span adjacent columns:
/// <c>{header: "As of March 31, 2013", columns: [usd, FY2012-end]}</c>. Each group names one or more columns of the
/// table (KSN503 for an unknown one), adjacent and in the table's order (KSN005 otherwise); two groups either
/// cover disjoint columns or one covers the other's (KSN005 for an overlap), so that they stack into header rows.
/// </summary>
internal sealed class ColumnGroupReader
{
    private readonly ExpressionReader expressions;
    private readonly DiagnosticBag bag;

    public ColumnGroupReader(ExpressionReader expressions, DiagnosticBag bag)
    {
        this.expressions = expressions;
        this.bag = bag;
    }

    /// <summary>The groups of table <paramref name="t"/>, whose columns are <paramref name="columns"/>; bad ones left out.</summary>
    public ImmutableArray<ColumnGroupLayout> ReadGroups(MappingReader t, string tableId, ImmutableArray<ColumnLayout> columns)
    {
        var groups = ImmutableArray.CreateBuilder<ColumnGroupLayout>();
        var spans = new List<(int First, int Last)>();
        foreach (var node in t.List("column_groups") ?? [])
        {
            var g = t.File.AsMapping(node, "column group", "header", "columns");
            if (g is null)
            {
                continue;
            }
            var header = g.Has("header") ? expressions.ReadTemplate(g, "header") : null;
            if (!g.Has("header"))
            {
                bag.Error(DiagnosticCodes.MissingKey, "A column group needs a 'header'.", g.Location);
            }
            var span = ReadSpan(g, tableId, columns);
            if (header is null || span is not { } s)
            {
                continue;
            }
            var overlapping = spans.Where(o => Overlaps(o, s)).ToList();
            if (overlapping.Count > 0)
            {
                var other = overlapping[0];
                bag.Error(DiagnosticCodes.InvalidValue,
                    $"The column group over '{columns[s.First].Id}'..'{columns[s.Last].Id}' of table '{tableId}' overlaps the group over "
                    + $"'{columns[other.First].Id}'..'{columns[other.Last].Id}'; groups must cover separate columns or one the other's.",
                    g.LocationOf("columns"));
                continue;
            }
            spans.Add(s);
            groups.Add(new ColumnGroupLayout(header, [.. columns.Skip(s.First).Take(s.Last - s.First + 1).Select(c => c.Id)], g.KeyLocationOf("header")));
        }
        return groups.ToImmutable();
    }

    private (int First, int Last)? ReadSpan(MappingReader g, string tableId, ImmutableArray<ColumnLayout> columns)
    {
        var named = g.StringList("columns", required: true);
        if (named is null || named.Count == 0)
        {
            if (named is not null)
            {
                bag.Error(DiagnosticCodes.InvalidValue, "A column group names at least one column.", g.LocationOf("columns"));
            }
            return null;
        }
        var indices = new List<int>();
        foreach (var (id, location) in named)
        {
            var index = IndexOf(columns, id);
            if (index < 0)
            {
                bag.Error(DiagnosticCodes.UnknownName, $"Table '{tableId}' has no column '{id}'.", location);
                return null;
            }
            indices.Add(index);
        }
        for (var i = 1; i < indices.Count; i++)
        {
            if (indices[i] != indices[i - 1] + 1)
            {
                bag.Error(DiagnosticCodes.InvalidValue,
                    $"The columns of a group must be adjacent and in the table's order: '{columns[indices[i]].Id}' does not follow '{columns[indices[i - 1]].Id}' in table '{tableId}'.",
                    named[i].Location);
                return null;
            }
        }
        return (indices[0], indices[^1]);
    }

    private static int IndexOf(ImmutableArray<ColumnLayout> columns, string id)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i].Id == id)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>True when two spans share a column and neither holds the other.</summary>
    private static bool Overlaps((int First, int Last) a, (int First, int Last) b) =>
        a.First <= b.Last && b.First <= a.Last
        && !(a.First <= b.First && b.Last <= a.Last)
        && !(b.First <= a.First && a.Last <= b.Last);
}
