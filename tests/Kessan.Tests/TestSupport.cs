using System.Collections.Immutable;
using System.Globalization;
using Kessan.Diagnostics;
using Kessan.Ingest;
using Kessan.Model;
using Kessan.Testing;
using Kessan.Validation;

namespace Kessan.Tests;

/// <summary>Assertions and shortcuts shared by the tests.</summary>
internal static class TestSupport
{
    /// <summary>The only diagnostic of a result, asserting there is exactly one.</summary>
    public static Diagnostic Single(this ImmutableArray<Diagnostic> diagnostics)
    {
        diagnostics.Length.ShouldBe(1, "diagnostics: " + string.Join(" | ", diagnostics));
        return diagnostics[0];
    }

    /// <summary>Asserts code, file and line (and column when given).</summary>
    public static Diagnostic ShouldBeAt(this Diagnostic d, string code, string path, int line, int? column = null)
    {
        d.Code.ShouldBe(code, d.ToString());
        d.Location.ShouldNotBeNull(d.ToString());
        d.Location!.Path.ShouldBe(path, d.ToString());
        d.Location.Line.ShouldBe(line, d.ToString());
        if (column is not null)
        {
            d.Location.Column.ShouldBe(column.Value, d.ToString());
        }
        return d;
    }

    /// <summary>Loads and asserts the package loaded without any diagnostic.</summary>
    public static ReleasePackage LoadClean(this PackageBuilder builder)
    {
        var result = builder.Load();
        result.Diagnostics.ShouldBeEmpty(string.Join(" | ", result.Diagnostics));
        return result.Package!;
    }

    /// <summary>Loads a source, asserts it loaded cleanly, and validates it.</summary>
    public static ImmutableArray<Diagnostic> Check(this IPackageSource source)
    {
        var result = PackageLoader.Load(source);
        result.Diagnostics.ShouldBeEmpty(string.Join(" | ", result.Diagnostics));
        return Validator.Validate(result.Package!).Diagnostics;
    }

    /// <summary>Loads a builder's package cleanly and validates it.</summary>
    public static ImmutableArray<Diagnostic> Check(this PackageBuilder builder) => builder.Build().Check();

    /// <summary>Only the diagnostics with the given code.</summary>
    public static ImmutableArray<Diagnostic> WithCode(this ImmutableArray<Diagnostic> diagnostics, string code) =>
        [.. diagnostics.Where(d => d.Code == code)];

    /// <summary>Loads a builder's package cleanly and validates it with the default rules.</summary>
    public static ValidationReport Validate(this PackageBuilder builder) => Validator.Validate(builder.LoadClean());

    /// <summary>
    /// Asserts that the rule with <paramref name="code"/> reported nothing and performed at least one check
    /// (a rule that checks nothing passes vacuously).
    /// </summary>
    public static ValidationReport ShouldPass(this ValidationReport report, string code)
    {
        report.Diagnostics.WithCode(code).ShouldBeEmpty(string.Join(" | ", report.Diagnostics));
        report.Checks.GetValueOrDefault(code).ShouldBeGreaterThan(0, code + " performed no check");
        return report;
    }

    /// <summary>The number of checks the rule with <paramref name="code"/> performed.</summary>
    public static int ChecksOf(this ValidationReport report, string code) => report.Checks.GetValueOrDefault(code);

    /// <summary>
    /// Asserts that the message states none of the figures (given in the unit's base, e.g. yen, and looked
    /// for as written in yen, thousands and millions, with and without separators) while the detail states
    /// each of them in yen.
    /// </summary>
    public static Diagnostic ShouldKeepFiguresInDetail(this Diagnostic d, params decimal[] values)
    {
        d.Detail.ShouldNotBeNull(d.ToString());
        foreach (var value in values)
        {
            var a = Math.Abs(value);
            foreach (var scale in new[] { 1m, 1_000m, 1_000_000m })
            {
                if (a % scale != 0 || a / scale < 100)
                {
                    continue;
                }
                var q = a / scale;
                d.Message.ShouldNotContain(q.ToString("#,##0", CultureInfo.InvariantCulture), Case.Sensitive, d.ToString());
                d.Message.ShouldNotContain(q.ToString("0", CultureInfo.InvariantCulture), Case.Sensitive, d.ToString());
            }
            // The detail shows the figure in the unit it was typed in: units, thousands or millions.
            string[] forms =
            [
                a.ToString("#,##0", CultureInfo.InvariantCulture),
                (a / 1_000m).ToString("#,##0.############", CultureInfo.InvariantCulture) + " thousand",
                (a / 1_000_000m).ToString("#,##0.############", CultureInfo.InvariantCulture) + " million",
            ];
            forms.ShouldContain(f => d.Detail.Contains(f, StringComparison.Ordinal), d.Detail);
        }
        return d;
    }
}
