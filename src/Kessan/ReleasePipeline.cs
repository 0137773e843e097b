using System.Collections.Immutable;
using Kessan.Derivation;
using Kessan.Derivation.Functions;
using Kessan.Document;
using Kessan.Layout;
using Kessan.Diagnostics;
using Kessan.Ingest;
using Kessan.Model;
using Kessan.Validation;

namespace Kessan;

/// <summary>Which stage a pipeline run stopped at.</summary>
public enum PipelineStage
{
    /// <summary>The package could not be loaded cleanly.</summary>
    Load = 0,

    /// <summary>The package loaded but validation found errors.</summary>
    Validate,

    /// <summary>The layout has errors (or the package has none).</summary>
    Layout,

    /// <summary>Derivation found errors.</summary>
    Derive,

    /// <summary>Every stage succeeded.</summary>
    Done,
}

/// <summary>The outcome of running the pipeline on a package.</summary>
/// <remarks>Immutable.</remarks>
public sealed class PipelineResult
{
    internal PipelineResult(PipelineStage stage, LoadResult load, ValidationReport? validation, ReleaseLayout? layout, BuildResult? build,
        ImmutableArray<Diagnostic> layoutDiagnostics)
    {
        Stage = stage;
        Load = load;
        Validation = validation;
        Layout = layout;
        Build = build;
        LayoutDiagnostics = layoutDiagnostics;
    }

    /// <summary>The last stage reached: <see cref="PipelineStage.Done"/> when everything succeeded.</summary>
    public PipelineStage Stage { get; }

    /// <summary>The load result.</summary>
    public LoadResult Load { get; }

    /// <summary>The validation report, or null when loading failed.</summary>
    public ValidationReport? Validation { get; }

    /// <summary>The layout, or null.</summary>
    public ReleaseLayout? Layout { get; }

    /// <summary>The derived release, or null.</summary>
    public BuildResult? Build { get; }

    /// <summary>Problems found reading the layout.</summary>
    public ImmutableArray<Diagnostic> LayoutDiagnostics { get; }

    /// <summary>The package, or null.</summary>
    public ReleasePackage? Package => Load.Package;

    /// <summary>Every diagnostic, stage by stage.</summary>
    public IEnumerable<Diagnostic> Diagnostics =>
        Load.Diagnostics.Concat(Validation?.Diagnostics ?? []).Concat(LayoutDiagnostics).Concat(Build?.Diagnostics ?? []);

    /// <summary>True when the release may be published: every stage succeeded without errors.</summary>
    public bool Succeeded => Stage == PipelineStage.Done;
}

/// <summary>
/// Runs the stages in order: load, validate, read the layout, derive. Each stage's findings count only
/// when the ones before it found no errors, so that a problem is reported once, at its cause. (Validation
/// and reading the layout both need only the loaded package and run side by side.)
/// </summary>
public static class ReleasePipeline
{
    /// <summary>Runs the pipeline on a package folder.</summary>
    /// <param name="directory">The package folder.</param>
    /// <param name="options">How to derive.</param>
    /// <param name="checkedPackage">Called with the package once it is loaded and validated and its layout read, all without
    /// errors, just before derivation (work that needs only the package may start beside it); not called otherwise.</param>
    public static PipelineResult Run(string directory, BuildOptions? options = null, Action<ReleasePackage>? checkedPackage = null) =>
        Run(new DirectoryPackageSource(directory), options, checkedPackage);

    /// <summary>Runs the pipeline on a package source.</summary>
    /// <param name="source">The package's files.</param>
    /// <param name="options">How to derive.</param>
    /// <param name="checkedPackage">Called with the package once it is loaded and validated and its layout read, all without
    /// errors, just before derivation (work that needs only the package may start beside it); not called otherwise.</param>
    public static PipelineResult Run(IPackageSource source, BuildOptions? options = null, Action<ReleasePackage>? checkedPackage = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        StageProbe.Enter("load");
        // The layout files are parsed ahead, beside loading: on two cores, most of their reading is done by the time
        // the package is loaded.
        var ahead = new YamlReadAhead(source);
        var load = PackageLoader.Load(source, ahead, readLayoutAhead: true);
        if (load.Package is null || load.HasErrors)
        {
            return new PipelineResult(PipelineStage.Load, load, null, null, null, []);
        }
        // Reading the layout needs only the loaded package, so it runs beside validation; its findings are
        // reported only when validation passes, so that a problem is reported once, at its cause.
        var package = load.Package;
        var bag = new DiagnosticBag();
        StageProbe.Enter("layout");
        var reading = Task.Run(() => LayoutReader.Read(ahead, package, DerivationFunctions.Default, bag));
        StageProbe.Enter("validate");
        var validation = Validator.Validate(package);
        var layout = reading.GetAwaiter().GetResult();
        if (validation.HasErrors)
        {
            return new PipelineResult(PipelineStage.Validate, load, validation, null, null, []);
        }
        if (layout is null)
        {
            bag.Error(DiagnosticCodes.MissingKey, "The package names no layout files ('layout:' in package.yaml), so there is no release to build.",
                new SourceLocation("package.yaml"));
        }
        if (layout is null || bag.HasErrors)
        {
            return new PipelineResult(PipelineStage.Layout, load, validation, layout, null, bag.ToImmutable());
        }
        checkedPackage?.Invoke(package);
        StageProbe.Enter("derive");
        var build = ReleaseBuilder.Build(load.Package, layout, options);
        return new PipelineResult(build.HasErrors ? PipelineStage.Derive : PipelineStage.Done, load, validation, layout, build, bag.ToImmutable());
    }
}
