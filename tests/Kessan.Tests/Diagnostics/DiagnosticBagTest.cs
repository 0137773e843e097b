using Kessan.Diagnostics;

namespace Kessan.Tests.Diagnostics;

/// <summary>A bag lists each problem, up to a limit per code and file, then sums the rest up.</summary>
public sealed class DiagnosticBagTest
{
    [Fact]
    public void Problems_beyond_the_limit_for_a_code_and_file_are_summed_up_in_one_diagnostic()
    {
        var bag = new DiagnosticBag();
        for (var line = 1; line <= 250; line++)
        {
            bag.Error(DiagnosticCodes.BadNumber, "The value is not a number.", new SourceLocation("facts/a.csv", line, 3));
        }
        bag.Error(DiagnosticCodes.BadNumber, "The value is not a number.", new SourceLocation("facts/b.csv", 1, 3));
        bag.Warning(DiagnosticCodes.LiteralNumber, "A number is written in the text.", new SourceLocation("facts/a.csv", 1, 1));

        var all = bag.ToImmutable();

        all.Length.ShouldBe(DiagnosticBag.MaxPerCodeAndFile + 3);
        all.Count(d => d.Location!.Path == "facts/a.csv" && d.Code == DiagnosticCodes.BadNumber && d.Location.Line > 0).ShouldBe(100);
        var summary = all[^1];
        summary.ShouldBeAt(DiagnosticCodes.BadNumber, "facts/a.csv", 0, 0);
        summary.IsError.ShouldBeTrue();
        summary.Message.ShouldBe("150 more KSN104 problems in this file are not listed (the first 100 are); fix those and check again.");
        bag.HasErrors.ShouldBeTrue();
    }

    [Fact]
    public void Warnings_beyond_the_limit_sum_up_as_a_warning()
    {
        var bag = new DiagnosticBag();
        for (var line = 1; line <= 101; line++)
        {
            bag.Warning(DiagnosticCodes.LiteralNumber, "A number is written in the text.", new SourceLocation("narrative/a.md", line, 1));
        }

        bag.HasErrors.ShouldBeFalse();
        bag.ToImmutable()[^1].Severity.ShouldBe(DiagnosticSeverity.Warning);
    }
}
