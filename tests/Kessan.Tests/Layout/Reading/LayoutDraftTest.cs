using Kessan.Diagnostics;
using Kessan.Layout;
using Kessan.Layout.Formats;
using Kessan.Layout.Reading;
using Kessan.Layout.Templates;

namespace Kessan.Tests.Layout.Reading;

/// <summary>The draft each layout file's reading hands to the next, and the layout it becomes.</summary>
public class LayoutDraftTest
{
    private static readonly SourceLocation Here = new("layout/release.yaml", 1, 1);

    private static TableLayout Table(string id) => new()
    {
        Id = id,
        Columns = [new ColumnLayout { Id = "c", Location = Here }],
        Rows = [new RowLayout { Id = "r", Label = Template.Empty, Location = Here }],
        Location = Here,
    };

    [Fact]
    public void An_empty_draft_becomes_a_layout_with_no_title_no_blocks_and_the_built_in_formats()
    {
        var layout = LayoutDraft.Empty.ToLayout();

        layout.Title.ShouldBe(Template.Empty);
        layout.Blocks.ShouldBeEmpty();
        layout.Tables.ShouldBeEmpty();
        layout.Charts.ShouldBeEmpty();
        layout.LintAllow.ShouldBeEmpty();
        layout.Rounding.ShouldBe(RoundingPolicy.Independent);
        layout.Formats.Keys.ShouldBe(DisplayFormat.BuiltIn.Keys, ignoreOrder: true);
        LayoutDraft.Empty.Blocks.ShouldBeNull("no file has laid out the document");
    }

    [Fact]
    public void A_draft_becomes_the_layout_of_what_it_holds()
    {
        var draft = LayoutDraft.Empty with
        {
            Title = Template.Literal("Results", Here),
            Blocks = [new TableBlockLayout { TableId = "a", Location = Here }],
            Rounding = RoundingPolicy.Footed,
            Tables = [Table("a")],
            LintAllow = ["Form 20-F"],
        };

        var layout = draft.ToLayout();

        layout.Title.ShouldBe(Template.Literal("Results", Here));
        layout.Blocks.ShouldBe(draft.Blocks!.Value);
        layout.Rounding.ShouldBe(RoundingPolicy.Footed);
        layout.FindTable("a").ShouldBe(Table("a"));
        layout.LintAllow.ShouldBe(["Form 20-F"]);
    }

    [Fact]
    public void Referring_puts_new_references_after_the_drafts_own()
    {
        var draft = LayoutDraft.Empty.Referring(LayoutReferences.ToTable("a", Here));

        var next = draft.Referring(LayoutReferences.ToTable("b", Here));

        next.References.Tables.Select(t => t.Id).ShouldBe(["a", "b"]);
        draft.References.Tables.Select(t => t.Id).ShouldBe(["a"], "drafts are immutable");
    }

    [Fact]
    public void Drafts_are_equal_by_value_including_their_lists()
    {
        var a = LayoutDraft.Empty with { Tables = [Table("a")], Blocks = [] };
        var b = LayoutDraft.Empty with { Tables = [Table("a")], Blocks = [] };

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
        a.ShouldNotBe(b with { Blocks = null });
        a.ShouldNotBe(b with { Unreadable = true });
        a.ShouldNotBe(b with { Formats = DefinedFormats.BuiltIn.Add(DisplayFormat.BuiltIn["count"] with { Name = "n" }) });
        a.ShouldNotBe(b.Referring(LayoutReferences.ToNarrative("n", Here)));
    }
}
