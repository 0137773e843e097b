using System.Collections.Immutable;
using Kessan.Layout.Expressions;
using Kessan.Layout.Formats;
using Kessan.Layout;
using Kessan.Layout.Templates;
using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Tests.Layout;

/// <summary>The layout model: finding tables, changing the default rounding, and equality of its records.</summary>
public class ReleaseLayoutTest
{
    private static readonly SourceLocation Here = new("layout/release.yaml", 1, 1);

    private static TableLayout Table(string id) => new()
    {
        Id = id,
        Columns = [new ColumnLayout { Id = "c", Location = Here }],
        Rows = [new RowLayout { Id = "r", Label = Template.Empty, Location = Here }],
        Location = Here,
    };

    private static ReleaseLayout Layout(RoundingPolicy rounding) => new(
        Template.Empty,
        [new TableBlockLayout { TableId = "a", Location = Here }],
        [Table("a"), Table("b")],
        DisplayFormat.BuiltIn,
        rounding,
        ["Form 20-F"]);

    [Fact]
    public void A_table_is_found_by_its_id()
    {
        var layout = Layout(RoundingPolicy.Independent);

        layout.FindTable("b").ShouldBeSameAs(layout.Tables[1]);
        layout.FindTable("c").ShouldBeNull();
        layout.FindTable("A").ShouldBeNull("ids are case-sensitive");
    }

    [Fact]
    public void Changing_the_default_rounding_keeps_everything_else()
    {
        var layout = Layout(RoundingPolicy.Independent);

        var footed = layout.WithRounding(RoundingPolicy.Footed);

        footed.Rounding.ShouldBe(RoundingPolicy.Footed);
        layout.Rounding.ShouldBe(RoundingPolicy.Independent, "the layout is immutable");
        footed.Title.ShouldBeSameAs(layout.Title);
        footed.Blocks.ShouldBe(layout.Blocks);
        footed.Tables.ShouldBe(layout.Tables);
        footed.Formats.ShouldBeSameAs(layout.Formats);
        footed.LintAllow.ShouldBe(["Form 20-F"]);
    }

    [Fact]
    public void The_default_rounding_policy_is_independent()
    {
        default(RoundingPolicy).ShouldBe(RoundingPolicy.Independent);
        default(RowStyle).ShouldBe(RowStyle.Normal);
    }

    [Fact]
    public void Layout_records_are_equal_by_value_including_their_lists()
    {
        var slot = new ExprParser(new FiscalCalendar(3, 31, FiscalYearNaming.StartYear)).Parse("yoy($)", out _);
        ColumnLayout Column(int weight) => new()
        {
            Id = "c",
            Value = slot,
            Header = [new Template([new LiteralPart("YoY", Here)])],
            TotalOf = [new WeightedId("a", weight, Here)],
            Location = Here,
        };
        RowLayout Row(bool blank) => new()
        {
            Id = "r",
            Label = Template.Empty,
            Cells = ImmutableDictionary<string, CellOverride>.Empty.Add("c", new CellOverride { Blank = blank, Location = Here }),
            Location = Here,
        };

        Column(1).ShouldBe(Column(1));
        Column(1).GetHashCode().ShouldBe(Column(1).GetHashCode());
        Column(1).ShouldNotBe(Column(-1));
        Row(true).ShouldBe(Row(true));
        Row(true).ShouldNotBe(Row(false));
        (Table("a") with { Rows = [Row(true)] }).ShouldBe(Table("a") with { Rows = [Row(true)] });
        (Table("a") with { Rows = [Row(true)] }).ShouldNotBe(Table("a") with { Rows = [Row(false)] });
        Table("a").GetHashCode().ShouldBe(Table("a").GetHashCode());
        new SectionBlockLayout { Id = "s", Blocks = [new TableBlockLayout { TableId = "a", Location = Here }], Location = Here }
            .ShouldBe(new SectionBlockLayout { Id = "s", Blocks = [new TableBlockLayout { TableId = "a", Location = Here }], Location = Here });
        new SectionBlockLayout { Id = "s", Blocks = [new TableBlockLayout { TableId = "a", Location = Here }], Location = Here }
            .ShouldNotBe(new SectionBlockLayout { Id = "s", Blocks = [new TableBlockLayout { TableId = "b", Location = Here }], Location = Here });
    }

    [Fact]
    public void A_column_never_equals_a_row_with_the_same_axis_values()
    {
        AxisLayout column = new ColumnLayout { Id = "x", Location = Here };
        AxisLayout row = new RowLayout { Id = "x", Label = Template.Empty, Location = Here };

        column.Equals(row).ShouldBeFalse();
        row.Equals(column).ShouldBeFalse();
    }
}
