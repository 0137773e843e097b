using System.Xml.Linq;
using Kessan.Xbrl.Reading;
using Kessan.Model;
using Kessan.Xbrl;

namespace Kessan.Tests.Xbrl.Reading;

/// <summary>Reading Inline XBRL: the header's contexts and units, and each ix:nonFraction transformed, scaled and signed.</summary>
public class InlineXbrlReaderTest
{
    private static readonly XNamespace Ex = "http://example.com/ex";

    /// <summary>An Inline XBRL document whose body (from line 5) is <paramref name="body"/>.</summary>
    private static string Document(string body) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\" xmlns:ixt=\"http://www.xbrl.org/inlineXBRL/transformation/2020-02-12\" "
        + "xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
        + "xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\" xmlns:ex=\"http://example.com/ex\" xmlns:other=\"http://example.com/other\">\n"
        + "<head><title>t</title></head>\n"
        + "<body><div style=\"display:none\"><ix:header><ix:references><link:schemaRef xlink:type=\"simple\" xlink:href=\"ex.xsd\"/></ix:references><ix:resources>"
        + "<xbrli:context id=\"FY\"><xbrli:entity><xbrli:identifier scheme=\"s\">1</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>2012-04-01</xbrli:startDate><xbrli:endDate>2013-03-31</xbrli:endDate></xbrli:period></xbrli:context>"
        + "<xbrli:unit id=\"JPY\"><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unit></ix:resources></ix:header></div>\n"
        + body + "\n</body></html>\n";

    private static string NonFraction(string attributes, string content) =>
        $"<p>(<ix:nonFraction name=\"ex:A\" contextRef=\"FY\" unitRef=\"JPY\" {attributes}>{content}</ix:nonFraction>)</p>";

    public static TheoryData<string, string, decimal, int?> Values() => new()
    {
        // attributes, content, the fact's value, its decimals (null: INF)
        { "decimals=\"-6\" scale=\"6\" format=\"ixt:num-dot-decimal\"", "106,248", 106_248_000_000m, -6 },
        { "decimals=\"-6\" scale=\"6\" format=\"ixt:num-dot-decimal\" sign=\"-\"", "194", -194_000_000m, -6 },
        { "decimals=\"-3\" scale=\"3\" format=\"ixt:num-dot-decimal\"", "13,536,824", 13_536_824_000m, -3 },
        { "decimals=\"-8\" scale=\"9\" format=\"ixt:num-dot-decimal\"", "6.2", 6_200_000_000m, -8 },
        { "decimals=\"3\" scale=\"-2\" format=\"ixt:num-dot-decimal\"", "29.9", 0.299m, 3 },
        { "decimals=\"2\" format=\"ixt:num-dot-decimal\"", "1,750.00", 1750m, 2 },
        { "decimals=\"-3\" scale=\"3\" format=\"ixt:fixed-zero\"", "-", 0m, -3 },
        { "decimals=\"INF\"", "12", 12m, null },
        { "decimals=\"0\" format=\"ixt:num-dot-decimal\"", "1 234 567", 1_234_567m, 0 },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void A_number_shown_is_transformed_then_scaled_then_signed(string attributes, string content, decimal value, int? decimals)
    {
        var instance = InlineXbrlReader.Read(Document(NonFraction(attributes, content)), "a.html");

        instance.Diagnostics.ShouldBeEmpty(string.Join(" | ", instance.Diagnostics));
        var fact = instance.Facts.ShouldHaveSingleItem();
        fact.Concept.ShouldBe(Ex + "A");
        fact.Value.ShouldBe(value);
        fact.Precision.ShouldBe(decimals is { } d ? Precision.FromDecimals(d) : Precision.Exact);
        fact.Displayed.ShouldBe(content);
        fact.Location.Line.ShouldBe(5);
    }

    [Fact]
    public void The_header_gives_the_schema_references_contexts_and_units()
    {
        var instance = InlineXbrlReader.Read(Document(NonFraction("decimals=\"0\"", "1")), "a.html");

        instance.SchemaRefs.ShouldBe(["ex.xsd"]);
        instance.FindContext("FY")!.Period.ShouldBe(Period.Duration(new DateOnly(2012, 4, 1), new DateOnly(2013, 3, 31)));
        instance.FindUnit("JPY")!.Numerators.ShouldBe([XName.Get("JPY", "http://www.xbrl.org/2003/iso4217")]);
    }

    public static TheoryData<string, string, string> Problems() => new()
    {
        // attributes, content, the code
        { "decimals=\"0\" format=\"ixt:num-dot-decimal\"", "1,23", XbrlCodes.InvalidTransformation },
        { "decimals=\"0\" format=\"ixt:num-dot-decimal\"", "-5", XbrlCodes.InvalidTransformation },
        { "decimals=\"0\" format=\"ixt:num-comma-decimal\"", "1.234,5", XbrlCodes.InvalidTransformation },
        { "decimals=\"0\" format=\"other:num-dot-decimal\"", "1", XbrlCodes.InvalidTransformation },
        { "decimals=\"0\"", "1,234", XbrlCodes.ValueError },
        { "decimals=\"0\" scale=\"x\"", "1", XbrlCodes.ValueError },
        { "decimals=\"0\" sign=\"+\"", "1", XbrlCodes.ValueError },
        { "format=\"ixt:num-dot-decimal\"", "1", XbrlCodes.MissingPrecisionDecimals },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void A_problem_with_a_tagged_number_is_reported_at_its_line(string attributes, string content, string code)
    {
        var instance = InlineXbrlReader.Read(Document(NonFraction(attributes, content)), "a.html");

        var problem = instance.Diagnostics.ShouldHaveSingleItem(string.Join(" | ", instance.Diagnostics));
        problem.Code.ShouldBe(code);
        problem.Location!.Line.ShouldBe(5);
    }

    [Fact]
    public void A_tag_naming_an_undefined_context_or_unit_is_reported()
    {
        var body = "<p><ix:nonFraction name=\"ex:A\" contextRef=\"Q4\" unitRef=\"USD\" decimals=\"0\">1</ix:nonFraction></p>";

        var instance = InlineXbrlReader.Read(Document(body), "a.html");

        instance.Diagnostics.Select(d => d.Code).ShouldBe([XbrlCodes.ItemContextRef, XbrlCodes.NumericUnit]);
    }

    [Fact]
    public void A_document_without_an_ix_header_is_not_inline_xbrl()
    {
        var instance = InlineXbrlReader.Read("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>1</p></body></html>", "a.html");

        instance.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(XbrlCodes.Syntax);
    }

    [Fact]
    public void Html_that_is_not_well_formed_xml_is_reported_with_its_line()
    {
        var instance = InlineXbrlReader.Read("<html>\n<body>\n<p>unclosed\n</body></html>", "a.html");

        var problem = instance.Diagnostics.ShouldHaveSingleItem();
        problem.Code.ShouldBe(XbrlCodes.Syntax);
        problem.Location!.Line.ShouldBe(4);
    }
}
