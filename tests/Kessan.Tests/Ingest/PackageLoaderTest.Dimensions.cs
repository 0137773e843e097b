using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Tests.Ingest;

// KSN107: axes and members in 'dims' cells and in value-column headers.
public partial class PackageLoaderTest
{
    [Theory]
    [InlineData("Segmnet=ATMOperation", "Axis 'Segmnet' is not defined. Did you mean 'Segment'?")]
    [InlineData("Region=Japan", "Axis 'Region' is not defined.")]
    [InlineData("Segment=ATMOperations", "Axis 'Segment' has no member 'ATMOperations'. Did you mean 'ATMOperation'?")]
    [InlineData("Segment=", "Axis 'Segment' has no member ''.")]
    [InlineData("Segment=ATMOperation;Segment=NetworkServices", "Axis 'Segment' appears twice")]
    [InlineData("Segment", "'Segment' is not a member; write Axis=Member")]
    [InlineData("Segment=ATMOperation;CommonStock", "'CommonStock' is not a member; write Axis=Member")]
    public void A_bad_dims_cell_is_reported_at_the_cell_and_the_row_is_left_out(string dims, string message)
    {
        var result = LoadFacts($"concept,dims,FY2012\nRevenues,{dims},5\nOperatingIncome,Segment=ATMOperation,6\n");

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnknownDimension, FactsPath, 2, 10)
            .Message.ShouldContain(message);
        var facts = result.Package.ShouldNotBeNull().Facts;
        facts.ForConcept("Revenues").ShouldBeEmpty();
        facts.Find("OperatingIncome", P("FY2012"), DimensionSet.Of("Segment", "ATMOperation")).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("concept,Segmnet=ATMOperation;FY2012", 9, "Did you mean 'Segment'?")]
    [InlineData("concept,FY2011,FY2012;Segment=ATMOperaton", 16, "Did you mean 'ATMOperation'?")]
    [InlineData("concept,Segment=ATMOperation;Segment=NetworkServices;FY2012", 9, "appears twice in the header")]
    public void A_bad_member_in_a_header_is_reported_at_the_header_cell_and_no_row_is_read(string header, int column, string message)
    {
        var result = LoadFacts(header + "\nRevenues,1,2\n");

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnknownDimension, FactsPath, 1, column)
            .Message.ShouldContain(message);
        result.Package.ShouldNotBeNull().Facts.Count.ShouldBe(0);
    }

    [Fact]
    public void A_header_and_a_dims_cell_giving_different_members_of_one_axis_are_reported_at_the_value()
    {
        var result = LoadFacts("concept,dims,Segment=ATMOperation;FY2012\nRevenues,Segment=NetworkServices,5\n");

        result.Diagnostics.Single().ShouldBeAt(DiagnosticCodes.UnknownDimension, FactsPath, 2, 34)
            .Message.ShouldContain("given by both the header and the 'dims' column");
    }

    [Fact]
    public void A_header_and_a_dims_cell_giving_the_same_member_agree()
    {
        var package = LoadFactsClean("concept,dims,Segment=ATMOperation;FY2012\nRevenues,Segment=ATMOperation,5\n");

        package.Facts.Find("Revenues", P("FY2012"), DimensionSet.Of("Segment", "ATMOperation")).ShouldNotBeNull();
    }

    [Fact]
    public void A_dims_cell_gives_the_members_of_its_row()
    {
        var csv = "concept,dims,FY2012\nRevenues,,10\nRevenues,Segment=ATMOperation,4\nRevenues, Segment = NetworkServices ; EquityComponent=CommonStock ,6\n";

        var package = LoadFactsClean(csv);

        package.Facts.ForConcept("Revenues").Select(f => (f.Dimensions.ToString(), f.Value)).ShouldBe(
        [
            ("", 10_000m),
            ("Segment=ATMOperation", 4_000m),
            ("EquityComponent=CommonStock;Segment=NetworkServices", 6_000m),
        ]);
    }

    [Fact]
    public void Member_columns_combine_with_a_period_column()
    {
        var csv = """
            concept,period,value,EquityComponent=CommonStock,EquityComponent=RetainedEarnings
            TotalEquity,FY2012-start,"1,000",400,600
            TotalEquity,FY2012-end,"1,200",400,800
            Revenues,FY2012,300,,300

            """;

        var package = LoadFactsClean(csv);

        var facts = package.Facts;
        facts.Find("TotalEquity", P("FY2012-start")).ShouldNotBeNull().Value.ShouldBe(1_000_000m);
        var common = facts.Find("TotalEquity", P("FY2012-end"), DimensionSet.Of("EquityComponent", "CommonStock")).ShouldNotBeNull();
        common.Value.ShouldBe(400_000m);
        common.Source.ShouldBe(new SourceLocation(FactsPath, 3, 32));
        facts.Find("TotalEquity", P("FY2012-end"), DimensionSet.Of("EquityComponent", "RetainedEarnings")).ShouldNotBeNull()
            .Value.ShouldBe(800_000m);
        facts.Find("Revenues", P("FY2012"), DimensionSet.Of("EquityComponent", "RetainedEarnings")).ShouldNotBeNull();
        facts.Find("Revenues", P("FY2012"), DimensionSet.Of("EquityComponent", "CommonStock")).ShouldBeNull();
        facts.Count.ShouldBe(8);
    }

    [Fact]
    public void Member_columns_combine_with_a_dims_cell_on_another_axis()
    {
        var package = LoadFactsClean("concept,dims,period,EquityComponent=CommonStock\nTotalEquity,Segment=ATMOperation,FY2012-end,5\n");

        var dims = DimensionSet.Of([new("Segment", "ATMOperation"), new("EquityComponent", "CommonStock")]);
        package.Facts.Find("TotalEquity", P("FY2012-end"), dims).ShouldNotBeNull().Value.ShouldBe(5_000m);
    }
}
