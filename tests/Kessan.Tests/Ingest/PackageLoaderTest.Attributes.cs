using Kessan.Diagnostics;
using Kessan.Ingest;
using Kessan.Model;
using Kessan.Testing;

namespace Kessan.Tests.Ingest;

// KSN108: scale, precision, status and 'at' cells; and how scale and status come from the manifest's
// fact-file entry and from the row.
public partial class PackageLoaderTest
{
    [Theory]
    [InlineData("scale", "Revenues", "thousand", "'scale' must be units, thousands, millions or billions")]
    [InlineData("scale", "Revenues", "1000", "'scale' must be")]
    [InlineData("precision", "Revenues", "about", "'precision' must be exact, units, thousands, millions, billions, or XBRL decimals")]
    [InlineData("precision", "Revenues", "-19", "'precision' must be")]
    [InlineData("precision", "Revenues", "1.5", "'precision' must be")]
    [InlineData("status", "Revenues", "actaul", "'status' must be actual, target or forecast")]
    [InlineData("status", "Revenues", "Actual", "'status' must be")]
    [InlineData("at", "Cash", "middle", "'at' must be 'start' or 'end'")]
    public void A_bad_attribute_cell_is_reported_at_the_cell_and_the_row_is_left_out(string column, string concept, string value, string message)
    {
        var result = LoadFacts($"concept,{column},FY2012\n{concept},{value},5\nOperatingIncome,,6\n");

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.BadAttribute, FactsPath, 2, concept.Length + 2)
            .Message.ShouldContain(message);
        result.Package.ShouldNotBeNull().Facts.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("concept,FY2012\nRevenues,1.5\n", null, 10, "thousands")]
    [InlineData("concept,FY2012\nRevenues,\"1,234.5\"\n", "millions", 10, "millions")]
    [InlineData("concept,scale,FY2012\nRevenues,millions,0.0005\n", null, 19, "millions")]
    [InlineData("concept,scale,precision,FY2012\nRevenues,millions,thousands,1.2345\n", null, 29, "thousands")]
    [InlineData("concept,precision,FY2012\nOperatingMargin,2,0.125\n", null, 19, "2")]
    [InlineData("concept,scale,FY2012-end\nSharesIssued,thousands,0.5\n", null, 24, "thousands")]
    public void A_value_with_more_digits_than_its_precision_allows_is_reported_at_the_value(string csv, string? scale, int column, string precision)
    {
        var result = LoadFacts(csv, scale: scale);

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.BadAttribute, FactsPath, 2, column)
            .Message.ShouldContain($"more digits than its precision ({precision}) allows");
    }

    [Fact]
    public void The_scale_of_the_manifest_entry_applies_to_monetary_values()
    {
        var package = LoadFactsClean("concept,FY2012\nRevenues,\"1,234\"\n", scale: "millions");

        var fact = package.Facts.Find("Revenues", P("FY2012")).ShouldNotBeNull();
        fact.Value.ShouldBe(1_234_000_000m);
        fact.Precision.ShouldBe(Precision.Millions);
    }

    [Fact]
    public void A_scale_column_overrides_the_manifest_entry_row_by_row()
    {
        var package = LoadFactsClean("concept,scale,FY2012\nRevenues,units,\"1,234\"\nOperatingIncome,,5\n", scale: "millions");

        var units = package.Facts.Find("Revenues", P("FY2012")).ShouldNotBeNull();
        units.Value.ShouldBe(1_234m);
        units.Precision.ShouldBe(Precision.Units);
        var millions = package.Facts.Find("OperatingIncome", P("FY2012")).ShouldNotBeNull();
        millions.Value.ShouldBe(5_000_000m);
        millions.Precision.ShouldBe(Precision.Millions);
    }

    [Fact]
    public void Without_any_scale_monetary_values_are_in_the_reporting_scale()
    {
        var package = LoadFactsClean("concept,scale,FY2012\nRevenues,,7\nOperatingIncome,billions,2\n");

        package.Facts.Find("Revenues", P("FY2012")).ShouldNotBeNull().Precision.ShouldBe(Precision.Thousands);
        var billions = package.Facts.Find("OperatingIncome", P("FY2012")).ShouldNotBeNull();
        billions.Value.ShouldBe(2_000_000_000m);
        billions.Precision.ShouldBe(Precision.Billions);
    }

    [Fact]
    public void A_scale_column_also_scales_a_share_count_and_sets_its_precision()
    {
        var package = LoadFactsClean("concept,scale,FY2012-end\nSharesIssued,thousands,\"41,296\"\n", scale: "millions");

        var fact = package.Facts.Find("SharesIssued", P("FY2012-end")).ShouldNotBeNull();
        fact.Value.ShouldBe(41_296_000m);
        fact.Precision.ShouldBe(Precision.Thousands);
    }

    [Theory]
    [InlineData("units", "1.5", 1_500, 0)]
    [InlineData("-2", "1.5", 1_500, -2)]
    [InlineData("2", "1.25", 1_250, 2)]
    public void A_precision_column_sets_the_precision_of_a_scaled_value(string precision, string cell, long value, int decimals)
    {
        var package = LoadFactsClean($"concept,precision,FY2012\nRevenues,{precision},{cell}\n");

        var fact = package.Facts.Find("Revenues", P("FY2012")).ShouldNotBeNull();
        fact.Value.ShouldBe((decimal)value);
        fact.Precision.ShouldBe(Precision.FromDecimals(decimals));
    }

    [Fact]
    public void An_exact_precision_accepts_any_digits()
    {
        var package = LoadFactsClean("concept,precision,FY2012\nRevenues,exact,1.0005\n");

        var fact = package.Facts.Find("Revenues", P("FY2012")).ShouldNotBeNull();
        fact.Value.ShouldBe(1_000.5m);
        fact.Precision.ShouldBe(Precision.Exact);
    }

    [Fact]
    public void The_status_of_the_manifest_entry_applies_to_every_row()
    {
        var package = LoadFactsClean("concept,FY2013\nRevenues,\"117,000\"\n", scale: "millions", status: "target");

        package.Facts.Find("Revenues", P("FY2013")).ShouldBeNull();
        var target = package.Facts.Find("Revenues", P("FY2013"), status: FactStatus.Target).ShouldNotBeNull();
        target.Value.ShouldBe(117_000_000_000m);
    }

    [Fact]
    public void A_status_column_overrides_the_manifest_entry_row_by_row()
    {
        var csv = "concept,status,period,value\nRevenues,actual,FY2012,5\nRevenues,forecast,FY2013,6\nRevenues,,FY2014,7\n";

        var package = LoadFactsClean(csv, status: "target");

        package.Facts.ForConcept("Revenues").Select(f => (f.Period, f.Status)).ShouldBe(
        [
            (P("FY2012"), FactStatus.Actual),
            (P("FY2013"), FactStatus.Forecast),
            (P("FY2014"), FactStatus.Target),
        ]);
    }

    [Fact]
    public void An_actual_and_a_target_for_the_same_period_are_different_facts()
    {
        var package = LoadFactsClean("concept,status,FY2012\nRevenues,actual,5\nRevenues,target,6\n");

        package.Facts.Find("Revenues", P("FY2012")).ShouldNotBeNull().Value.ShouldBe(5_000m);
        package.Facts.Find("Revenues", P("FY2012"), status: FactStatus.Target).ShouldNotBeNull().Value.ShouldBe(6_000m);
        package.Facts.Conflicts.ShouldBeEmpty();
    }

    [Fact]
    public void A_note_column_is_kept_with_the_fact()
    {
        var package = LoadFactsClean("concept,FY2012,note\nRevenues,5,  from the summary sheet  \n");

        package.Facts.Find("Revenues", P("FY2012")).ShouldNotBeNull().Reports[0].Note.ShouldBe("from the summary sheet");
    }

    [Fact]
    public void A_bad_scale_in_the_manifest_entry_is_reported_there_and_the_reporting_scale_applies()
    {
        var source = new PackageBuilder().WithConcepts(Taxonomy).WithFacts("concept,FY2012\nRevenues,5\n", FactsPath, scale: "milions").Build();

        var result = PackageLoader.Load(source);

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.InvalidValue, ManifestPath, source.LineStartingWith(ManifestPath, "    scale: milions"), 12)
            .Message.ShouldContain("Did you mean 'millions'?");
        result.Package.ShouldNotBeNull().Facts.Find("Revenues", P("FY2012")).ShouldNotBeNull().Precision.ShouldBe(Precision.Thousands);
    }
}
