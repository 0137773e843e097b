using Kessan.Diagnostics;
using Kessan.Ingest;
using Kessan.Layout;
using Kessan.Layout.Expressions;
using Kessan.Layout.Reading;
using Kessan.Layout.Templates;
using Kessan.Model;

namespace Kessan.Tests.Layout.Reading;

/// <summary>The names a layout refers to, kept in the order they are read so that missing ones are reported in that order.</summary>
public class LayoutReferencesTest
{
    private const string Path = "layout/release.yaml";

    private static Template Parse(string text) =>
        new TemplateParser(new ExprParser(new FiscalCalendar(3, 31, FiscalYearNaming.StartYear)), new DiagnosticBag())
            .Parse(text, new SourceLocation(Path, 1, 1)).ShouldNotBeNull();

    private static SourceLocation At(int line, int column) => new(Path, line, column);

    [Fact]
    public void The_formats_of_a_template_are_those_of_its_figure_placeholders_in_order()
    {
        var template = Parse("Up {{ Revenues | millions }} to {{ setting:company.name }}, {{ yoy(Revenues) | yoy_phrase }}.");

        var references = LayoutReferences.ToFormatsIn(template);

        references.Formats.Select(f => f.Id).ShouldBe(["millions", "yoy_phrase"]);
        references.Formats[0].Location.ShouldBe(template.Parts.OfType<FigurePart>().First().Location);
        references.Tables.ShouldBeEmpty();
        references.Narratives.ShouldBeEmpty();
    }

    [Fact]
    public void A_template_that_did_not_parse_refers_to_nothing() => LayoutReferences.ToFormatsIn(null).ShouldBe(LayoutReferences.None);

    [Fact]
    public void A_format_key_follows_the_formats_of_the_text_template_and_is_located_at_its_value()
    {
        var (file, root) = YamlFile.Parse(Path, "text: \"{{ $ | percent }}\"\nformat:  thousands\n", new DiagnosticBag());
        var m = file.Mapping(root!, "text", "format");

        var references = LayoutReferences.ToFormatsOf(Parse("{{ $ | percent }}"), "thousands", m);

        references.Formats.Select(f => f.Id).ShouldBe(["percent", "thousands"]);
        references.Formats[1].Location.ShouldBe(At(2, 10));
        LayoutReferences.ToFormatsOf(null, null, m).ShouldBe(LayoutReferences.None);
    }

    [Fact]
    public void Joined_references_keep_each_list_in_reading_order()
    {
        var first = LayoutReferences.ToTable("a", At(1, 1)).Then(LayoutReferences.ToNarrative("n", At(2, 1)));
        var second = LayoutReferences.ToTable("b", At(3, 1)).Then(LayoutReferences.ToFormatsIn(Parse("{{ Revenues | count }}")));

        var both = first.Then(second);

        both.Tables.ShouldBe([new NamedReference("a", At(1, 1)), new NamedReference("b", At(3, 1))]);
        both.Narratives.ShouldBe([new NamedReference("n", At(2, 1))]);
        both.Formats.Select(f => f.Id).ShouldBe(["count"]);
        first.Tables.ShouldHaveSingleItem("references are immutable");
    }

    [Fact]
    public void References_are_equal_by_value_including_their_lists()
    {
        LayoutReferences.ToTable("a", At(1, 1)).ShouldBe(LayoutReferences.None.Then(LayoutReferences.ToTable("a", At(1, 1))));
        LayoutReferences.ToTable("a", At(1, 1)).ShouldNotBe(LayoutReferences.ToNarrative("a", At(1, 1)));
        LayoutReferences.ToTable("a", At(1, 1)).GetHashCode().ShouldBe(LayoutReferences.ToTable("a", At(1, 1)).GetHashCode());
    }
}
