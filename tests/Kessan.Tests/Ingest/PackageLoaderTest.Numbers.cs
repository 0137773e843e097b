using System.Globalization;
using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Tests.Ingest;

// KSN104: numbers as finance people write them, and nothing looser.
public partial class PackageLoaderTest
{
    [Theory]
    [InlineData("\"1,23\"", "thousands separators do not group digits by three")]
    [InlineData("\"12,34,567\"", "thousands separators do not group digits by three")]
    [InlineData("\"1234,567\"", "thousands separators do not group digits by three")]
    [InlineData("1.2.3", "it is not a number")]
    [InlineData("abc", "it is not a number")]
    [InlineData("1e3", "it is not a number")]
    [InlineData("+5", "it is not a number")]
    [InlineData("5-", "it is not a number")]
    [InlineData("(5", "it is not a number")]
    [InlineData("1 234", "it is not a number")]
    [InlineData(".5", "it is not a number")]
    [InlineData("%", "it is not a number")]
    [InlineData("(-5)", "both parentheses and a minus sign")]
    [InlineData("\u22125", "typographic minus")]                 // U+2212 MINUS SIGN
    [InlineData("\u20135", "typographic minus")]                 // U+2013 EN DASH
    [InlineData("\uFF11\uFF12\uFF13", "digits other than 0-9")]  // full-width digits
    [InlineData("\u0661\u0662", "digits other than 0-9")]        // Arabic-Indic digits
    [InlineData("99999999999999999999999999999999", "it is too large")]
    public void A_value_that_is_not_an_accepted_number_is_reported_at_its_cell_with_the_reason(string cell, string reason)
    {
        var result = LoadFacts($"concept,FY2012\nRevenues,{cell}\nOperatingIncome,5\n");

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.BadNumber, FactsPath, 2, 10)
            .Message.ShouldContain(reason);
        var facts = result.Package.ShouldNotBeNull().Facts;
        facts.Find("Revenues", P("FY2012")).ShouldBeNull();
        facts.Find("OperatingIncome", P("FY2012")).ShouldNotBeNull();
    }

    [Fact]
    public void A_value_too_large_once_scaled_is_reported_at_its_cell()
    {
        var result = LoadFacts("concept,FY2012\nRevenues,\"99,999,999,999,999,999,999,999,999\"\n");

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.BadNumber, FactsPath, 2, 10)
            .Message.ShouldContain("too large once scaled");
    }

    [Fact]
    public void A_bad_number_message_names_the_concept_but_not_the_figure()
    {
        var result = LoadFacts("concept,FY2012\nRevenues,\"4,56\"\n");

        var message = result.Diagnostics.Single().Message;
        message.ShouldContain("'Revenues'");
        message.ShouldNotContain("4,56");
    }

    [Theory]
    [InlineData("\"1,234\"", 1_234_000)]
    [InlineData("1234", 1_234_000)]
    [InlineData("\"(1,234)\"", -1_234_000)]
    [InlineData("( 5 )", -5_000)]
    [InlineData("-1234", -1_234_000)]
    [InlineData("\"-1,234\"", -1_234_000)]
    [InlineData("\"1,234,567\"", 1_234_567_000)]
    [InlineData("\"1,234.000\"", 1_234_000)]
    [InlineData("-", 0)]
    [InlineData(" - ", 0)]
    [InlineData("0", 0)]
    public void An_accepted_monetary_value_is_read_and_scaled_to_yen(string cell, long expected)
    {
        var package = LoadFactsClean($"concept,FY2012\nRevenues,{cell}\n");

        var fact = package.Facts.Find("Revenues", P("FY2012")).ShouldNotBeNull();
        fact.Value.ShouldBe((decimal)expected);
        fact.Precision.ShouldBe(Precision.Thousands);
    }

    [Theory]
    [InlineData("29.9%", "0.299", 3)]
    [InlineData("\"(2.5%)\"", "-0.025", 3)]
    [InlineData("-2.5%", "-0.025", 3)]
    [InlineData("100%", "1", 2)]
    [InlineData("12.34%", "0.1234", 4)]
    public void A_percentage_is_a_pure_value_with_decimals_two_more_than_written(string cell, string expected, int decimals)
    {
        var package = LoadFactsClean($"concept,FY2012\nOperatingMargin,{cell}\n");

        var fact = package.Facts.Find("OperatingMargin", P("FY2012")).ShouldNotBeNull();
        fact.Value.ShouldBe(decimal.Parse(expected, CultureInfo.InvariantCulture));
        fact.Precision.ShouldBe(Precision.FromDecimals(decimals));
        fact.Unit.ShouldBe(Unit.Pure);
    }

    [Theory]
    [InlineData("0.5", "0.5")]
    [InlineData("-", "0")]
    [InlineData("\"1,000.25\"", "1000.25")]
    public void A_plain_number_of_a_non_monetary_concept_is_exact_and_unscaled(string cell, string expected)
    {
        var package = LoadFactsClean($"concept,FY2012\nOperatingMargin,{cell}\n");

        var fact = package.Facts.Find("OperatingMargin", P("FY2012")).ShouldNotBeNull();
        fact.Value.ShouldBe(decimal.Parse(expected, CultureInfo.InvariantCulture));
        fact.Precision.ShouldBe(Precision.Exact);
    }

    [Fact]
    public void Share_counts_and_amounts_per_share_are_not_scaled_by_the_reporting_scale()
    {
        var package = LoadFactsClean("concept,FY2012-end\nSharesIssued,\"41,295,600\"\nDividendPerShare,\"1,750.00\"\n", scale: "millions");

        var shares = package.Facts.Find("SharesIssued", P("FY2012-end")).ShouldNotBeNull();
        shares.Value.ShouldBe(41_295_600m);
        shares.Precision.ShouldBe(Precision.Exact);
        shares.Unit.ShouldBe(Unit.Shares);
        var perShare = package.Facts.Find("DividendPerShare", P("FY2012-end")).ShouldNotBeNull();
        perShare.Value.ShouldBe(1_750m);
        perShare.Unit.Id.ShouldBe("JPY/share");
    }

    [Fact]
    public void A_fact_file_with_a_bad_number_on_every_line_lists_the_first_hundred_and_sums_up_the_rest()
    {
        var result = LoadFacts("concept,FY2012\n" + string.Concat(Enumerable.Repeat("Revenues,12x\n", 5_000)));

        result.Diagnostics.Count(d => d.Code == DiagnosticCodes.BadNumber).ShouldBe(DiagnosticBag.MaxPerCodeAndFile + 1);
        result.Diagnostics.Last(d => d.Code == DiagnosticCodes.BadNumber).Message.ShouldStartWith("4,900 more KSN104 problems in this file");
    }
}
