using System.Collections.Immutable;
using Kessan.Document;
using Kessan.Rendering.Excel;

namespace Kessan.Tests.Rendering.Excel;

/// <summary>A sheet's title comes from its table and what stands right before it, never from an earlier part of the document.</summary>
public sealed class SheetTitlesTest
{
    private static ImmutableArray<Inline> T(string text) => [new TextInline(text)];

    private static TableBlock Table(string id, string title = "", string caption = "") => new()
    {
        Id = id, Title = title.Length > 0 ? T(title) : [], Captions = caption.Length > 0 ? [T(caption)] : [], Rows = [], ColumnCount = 0,
    };

    [Fact]
    public void Each_table_is_titled_by_its_title_the_table_it_continues_the_heading_it_stands_under_its_caption_or_its_id()
    {
        var document = new ReleaseDocument(T("Release"),
        [
            new SectionBlock("about", T("About Internet Initiative Japan Inc."),
            [
                new ParagraphBlock(T("IIJ is ...")),
            ]),
            new SectionBlock("statements", T("Financial statements"),
            [
                Table("opens-section"),
                new HeadingBlock(3, T("Consolidated Balance Sheets")),
                Table("assets"),
                Table("liabilities"),
                Table("income", title: "Consolidated Statements of Income"),
                new ParagraphBlock(T("Note.")),
                Table("per-share", caption: "Fiscal Year Ended March 31, 2013"),
                new HeadingBlock(3, T("Dividends")),
                new ParagraphBlock(T("Text under the heading.")),
                Table("dividends"),
            ]),
            new SectionBlock("tanshin", [],
            [
                new ParagraphBlock(T("Tanshin text.")),
                Table("tanshin-results", caption: "(JPY millions)"),
                new ParagraphBlock(T("More text.")),
            ]),
            new SectionBlock("more", [], [Table("tanshin-ratios")]),
        ]);

        SheetTitles.Of(document).Select(t => (t.Table.Id, t.Title)).ShouldBe(
        [
            ("opens-section", "Financial statements"),
            ("assets", "Consolidated Balance Sheets"),
            ("liabilities", "Consolidated Balance Sheets (continued)"),
            ("income", "Consolidated Statements of Income"),
            ("per-share", "Consolidated Statements of Income (continued)"),
            ("dividends", "Dividends"),
            ("tanshin-results", "(JPY millions)"),
            ("tanshin-ratios", "Tanshin ratios"),
        ]);
    }
}
