using System.Collections.Immutable;
using Kessan.Derivation;
using Kessan.Derivation.Evaluation;
using Kessan.Layout.Expressions;
using Kessan.Derivation.Figures;
using Kessan.Layout.Formats;
using Kessan.Layout;
using Kessan.Model;
using Kessan.Document;
using Kessan.Rendering.Excel;

namespace Kessan.Tests.Rendering.Excel;

/// <summary>Small builds made by hand (figures, a document of tables, displayed sums) and their workbooks.</summary>
internal static class Workbooks
{
    private static readonly Period Year = Period.Duration(new DateOnly(2012, 4, 1), new DateOnly(2013, 3, 31));

    public static readonly XlsxProperties Properties = new("Example Corp. Announces FY2012 Results", "Example Corp.", "FY2012 results", new DateOnly(2013, 5, 15));

    public static DisplayFormat Format(string name) => DisplayFormat.BuiltIn[name];

    /// <summary>A figure with an exact value (in the figure's unit), rounded independently, moved by <paramref name="delta"/> steps when given.</summary>
    public static Figure Figure(string id, decimal exact, DisplayFormat format, int delta = 0)
    {
        var value = Rational.FromDecimal(exact);
        return new Figure
        {
            Id = id,
            Key = new FigureKey(id, Year, FactStatus.Actual, format.Scale, format.Decimals, format.Percent),
            Label = id,
            Expression = new NumberExpr(value),
            Format = format,
            Value = new DerivedValue(value, value, value, Unit.OfCurrency("JPY"), new Provenance("fact", id, value, [], null, null)),
            Independent = format.RoundToDisplay(value),
            Adjustment = delta == 0 ? null : new FootingAdjustment(Rational.FromInteger(delta) * format.Step, "a displayed sum"),
        };
    }

    /// <summary>A figure that could not be derived.</summary>
    public static Figure Missing(string id, DisplayFormat format) => new()
    {
        Id = id,
        Key = new FigureKey(id, Year, FactStatus.Actual, format.Scale, format.Decimals, format.Percent),
        Label = id,
        Expression = new NumberExpr(Rational.Zero),
        Format = format,
        Failure = "no fact for the period",
    };

    public static ImmutableArray<Inline> Text(string text) => [new TextInline(text)];

    public static TableCell Cell(Figure figure) => new([new FigureInline(figure.Id, figure.Text)], true, figure.Id);

    public static TableCell Words(string text) => new(Text(text), false, null);

    public static TableRow Row(string id, string label, params TableCell[] cells) => new(id, Text(label), 0, RowStyle.Normal, [.. cells]);

    /// <summary>A table with one header row of periods and one of units.</summary>
    public static TableBlock Table(string id, string title, params TableRow[] rows) => new()
    {
        Id = id,
        Title = title.Length == 0 ? [] : Text(title),
        HeaderRows = [[.. Enumerable.Range(0, rows.Max(r => r.Cells.Length)).Select(c => Text("FY" + (2011 + c)))],
            [.. Enumerable.Range(0, rows.Max(r => r.Cells.Length)).Select(_ => Text("JPY millions"))]],
        LabelHeader = [[], []],
        Rows = [.. rows],
        ColumnCount = rows.Max(r => r.Cells.Length),
    };

    /// <summary>A sum: the total first (weight -1), then the items with their weights.</summary>
    public static DisplayedSum Sum(string tableId, Figure total, params (Figure Item, int Weight)[] items) =>
        new(tableId, false, [(total.Id, -1), .. items.Select(i => (i.Item.Id, i.Weight))], $"{total.Id} = sum of its items ({tableId})");

    public static BuildResult Build(IEnumerable<Figure> figures, IEnumerable<DisplayedSum> sums, params Block[] blocks) =>
        new(new ReleaseDocument(Text(Properties.Title), [.. blocks]), [.. figures], [], [.. sums]);

    public static byte[] Write(BuildResult build) => XlsxWriter.Write(build, Properties);

    public static XlsxWorkbook Read(BuildResult build) => XlsxWorkbook.Read(Write(build));
}
