using System.Collections.Immutable;
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
}
