using System.Globalization;
using System.Text;
using Kessan.Ingest;

namespace Kessan.Testing;

/// <summary>
/// Builds a small release package in memory for a test: a valid <c>package.yaml</c> for a company whose
/// fiscal year ends on March 31 (FY2012 = April 2012 to March 2013), reporting in JPY thousands, with
/// the concept files, fact files, statements, narratives and layout files the test adds.
/// </summary>
/// <remarks>
/// The default statements are <c>balance-sheet</c> (FY2011-end, FY2012-end), <c>income-statement</c>
/// (FY2011, FY2012), <c>equity</c> (FY2011, FY2012) and <c>cash-flows</c> (FY2011, FY2012). Not
/// thread-safe; build one package per test.
/// </remarks>
public sealed class PackageBuilder
{
    private readonly List<(string Path, string Text)> conceptFiles = [];
    private readonly List<(string Path, string Text, string? Statement, string? Scale, string? Status)> factFiles = [];
    private readonly List<(string Path, string Text)> narratives = [];
    private readonly List<(string Path, string Text)> layouts = [];
    private readonly Dictionary<string, string> extraFiles = new(StringComparer.Ordinal);
    private string statements = DefaultStatements;
    private string units = "  - id: contracts\n    label: contracts\n";
    private string? manifestOverride;

    /// <summary>The statements a new builder defines, as YAML list items.</summary>
    public const string DefaultStatements = """
          - id: balance-sheet
            title: Balance Sheets
            kind: balance-sheet
            periods: [FY2011-end, FY2012-end]
          - id: income-statement
            title: Statements of Income
            kind: income-statement
            periods: [FY2011, FY2012]
          - id: equity
            title: Statements of Equity
            kind: equity
            periods: [FY2011, FY2012]
          - id: cash-flows
            title: Statements of Cash Flows
            kind: cash-flows
            periods: [FY2011, FY2012]

        """;

    /// <summary>Adds a concept file (YAML) at <paramref name="path"/>.</summary>
    public PackageBuilder WithConcepts(string yaml, string path = "concepts/concepts.yaml")
    {
        conceptFiles.Add((path, yaml));
        return this;
    }

    /// <summary>Adds a fact file (CSV) at <paramref name="path"/>, optionally for a statement and with defaults.</summary>
    public PackageBuilder WithFacts(string csv, string path = "facts/facts.csv", string? statement = null, string? scale = null, string? status = null)
    {
        factFiles.Add((path, csv, statement, scale, status));
        return this;
    }

    /// <summary>Adds a narrative file.</summary>
    public PackageBuilder WithNarrative(string markdown, string path = "narrative/text.md")
    {
        narratives.Add((path, markdown));
        return this;
    }

    /// <summary>Adds a layout file (YAML) at <paramref name="path"/> and lists it under <c>layout:</c> in package.yaml.</summary>
    public PackageBuilder WithLayout(string yaml, string path = "layout/release.yaml")
    {
        layouts.Add((path, yaml));
        return this;
    }

    /// <summary>Replaces the statements section (YAML list items, indented by two spaces).</summary>
    public PackageBuilder WithStatements(string yamlItems)
    {
        statements = yamlItems;
        return this;
    }

    /// <summary>Replaces the declared units (YAML list items, indented by two spaces).</summary>
    public PackageBuilder WithUnits(string yamlItems)
    {
        units = yamlItems;
        return this;
    }

    /// <summary>Uses this text as package.yaml instead of the generated one.</summary>
    public PackageBuilder WithManifest(string yaml)
    {
        manifestOverride = yaml;
        return this;
    }

    /// <summary>Adds any other file.</summary>
    public PackageBuilder WithFile(string path, string text)
    {
        extraFiles[path] = text;
        return this;
    }

    /// <summary>The package.yaml the builder generates.</summary>
    public string Manifest()
    {
        if (manifestOverride is not null)
        {
            return manifestOverride;
        }
        var sb = new StringBuilder();
        sb.Append("""
            format: kessan-package/1
            company:
              name: Example Corporation
              short_name: EXC
              xbrl_prefix: exc
            reporting:
              framework: U.S. GAAP
              currency: JPY
              scale: thousands
              current_year: FY2012
              prior_year: FY2011
              release_date: 2013-05-15
            fiscal_calendar:
              year_end: "03-31"
              naming: start-year
            units:

            """);
        sb.Append(units);
        sb.Append("concepts:\n");
        foreach (var (path, _) in conceptFiles)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  - {path}\n");
        }
        sb.Append("statements:\n");
        sb.Append(statements);
        sb.Append("facts:\n");
        foreach (var (path, _, statement, scale, status) in factFiles)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  - file: {path}\n");
            if (statement is not null)
            {
                sb.Append(CultureInfo.InvariantCulture, $"    statement: {statement}\n");
            }
            if (scale is not null)
            {
                sb.Append(CultureInfo.InvariantCulture, $"    scale: {scale}\n");
            }
            if (status is not null)
            {
                sb.Append(CultureInfo.InvariantCulture, $"    status: {status}\n");
            }
        }
        if (narratives.Count > 0)
        {
            sb.Append("narrative:\n");
            foreach (var (path, _) in narratives)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  - {path}\n");
            }
        }
        if (layouts.Count > 0)
        {
            sb.Append("layout:\n");
            foreach (var (path, _) in layouts)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  - {path}\n");
            }
        }
        return sb.ToString();
    }

    /// <summary>Builds the package source.</summary>
    public InMemoryPackageSource Build()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal) { ["package.yaml"] = Manifest() };
        foreach (var (path, text) in conceptFiles)
        {
            files[path] = text;
        }
        foreach (var (path, text, _, _, _) in factFiles)
        {
            files[path] = text;
        }
        foreach (var (path, text) in narratives)
        {
            files[path] = text;
        }
        foreach (var (path, text) in layouts)
        {
            files[path] = text;
        }
        foreach (var (path, text) in extraFiles)
        {
            files[path] = text;
        }
        return new InMemoryPackageSource("test-package", files);
    }

    /// <summary>Builds and loads the package.</summary>
    public LoadResult Load() => PackageLoader.Load(Build());
}
