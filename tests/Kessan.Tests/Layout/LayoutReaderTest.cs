using System.Collections.Immutable;
using Kessan.Layout;
using Kessan.Diagnostics;
using Kessan.Ingest;
using Kessan.Testing;
using Kessan.Derivation.Functions;

namespace Kessan.Tests.Layout;

/// <summary>
/// Reading layout files into the layout model, and every kind of bad input reported with a stable code at its
/// file, line and column.
/// </summary>
public partial class LayoutReaderTest
{
    private const string LayoutPath = "layout/release.yaml";

    private const string Concepts = """
        period: duration
        concepts:
          - id: ProductRevenue
            label: Product revenue
            balance: credit
          - id: ServiceRevenue
            label: Service revenue
            balance: credit
          - id: Revenues
            label: Total revenues
            balance: credit
            sum: [ProductRevenue, ServiceRevenue]
        axes:
          - id: Segment
            label: Segment
            members:
              - {id: Network, label: Network services}
              - {id: Systems, label: Systems integration}
        """;

    /// <summary>
    /// The smallest valid layout. Tests replace a line by number (<see cref="MinimalWith"/>): line 2 is the
    /// table block, 4 the table's id, 6 its column, 8 its row.
    /// </summary>
    private const string Minimal = """
        document:
          - table: t
        tables:
          - id: t
            columns:
              - {id: c, period: FY2012}
            rows:
              - {id: r, label: Revenues, value: Revenues}
        """;

    /// <summary><see cref="Minimal"/> with 1-based line <paramref name="line"/> replaced (or, one past the end, added).</summary>
    private static string MinimalWith(int line, string text)
    {
        var lines = Minimal.Split('\n').ToList();
        if (line == lines.Count + 1)
        {
            lines.Add(text);
        }
        else
        {
            lines[line - 1] = text;
        }
        return string.Join('\n', lines);
    }

    private static PackageBuilder Package() =>
        new PackageBuilder()
            .WithConcepts(Concepts)
            .WithFacts("concept,FY2012\nRevenues,\"9,891\"\n")
            .WithNarrative("Our results.\n", "narrative/overview.md");

    /// <summary>Loads the package cleanly and reads its layout files.</summary>
    private static (ReleaseLayout? Layout, ImmutableArray<Diagnostic> Diagnostics) Read(InMemoryPackageSource source)
    {
        var load = PackageLoader.Load(source);
        load.Diagnostics.ShouldBeEmpty(string.Join(" | ", load.Diagnostics));
        var bag = new DiagnosticBag();
        var layout = LayoutReader.Read(source, load.Package!, DerivationFunctions.Default, bag);
        return (layout, bag.ToImmutable());
    }

    private static (ReleaseLayout? Layout, ImmutableArray<Diagnostic> Diagnostics) Read(params string[] files)
    {
        var builder = Package();
        for (var i = 0; i < files.Length; i++)
        {
            builder.WithLayout(files[i], i == 0 ? LayoutPath : $"layout/more{i}.yaml");
        }
        return Read(builder.Build());
    }

    /// <summary>Reads layout files that must be valid.</summary>
    private static ReleaseLayout ReadClean(params string[] files)
    {
        var (layout, diagnostics) = Read(files);
        diagnostics.ShouldBeEmpty(string.Join(" | ", diagnostics));
        return layout.ShouldNotBeNull();
    }

    /// <summary>The column (1-based) of the first <paramref name="marker"/> on line <paramref name="line"/> of <paramref name="text"/>.</summary>
    private static int ColumnOf(string text, int line, string marker)
    {
        var l = text.Split('\n')[line - 1];
        var i = l.IndexOf(marker, StringComparison.Ordinal);
        i.ShouldBeGreaterThanOrEqualTo(0, $"'{marker}' is not on line {line}: {l}");
        return i + 1;
    }

    [Fact]
    public void A_package_without_layout_files_has_no_layout()
    {
        var bag = new DiagnosticBag();
        var source = Package().Build();

        var layout = LayoutReader.Read(source, PackageLoader.Load(source).Package!, DerivationFunctions.Default, bag);

        layout.ShouldBeNull();
        bag.ToImmutable().ShouldBeEmpty();
    }

    [Fact]
    public void The_smallest_layout_reads_without_diagnostics()
    {
        var layout = ReadClean(Minimal);

        layout.Blocks.ShouldHaveSingleItem().ShouldBeOfType<TableBlockLayout>().TableId.ShouldBe("t");
        var table = layout.Tables.ShouldHaveSingleItem();
        table.Id.ShouldBe("t");
        table.Columns.Select(c => c.Id).ShouldBe(["c"]);
        table.Rows.Select(r => r.Id).ShouldBe(["r"]);
        table.Rows[0].Value!.ToString().ShouldBe("Revenues");
        layout.Rounding.ShouldBe(RoundingPolicy.Independent);
        layout.Title.Parts.ShouldBeEmpty();
        layout.Formats.Keys.ShouldBe(DisplayFormatNames, ignoreOrder: true);
    }

    private static readonly string[] DisplayFormatNames =
        ["units", "thousands", "millions", "millions1", "billions1", "percent", "percent0", "pershare", "decimal1", "count", "ratio"];
}
