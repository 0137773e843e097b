using Kessan.Model;

namespace Kessan.Tests.Architecture;

/// <summary>
/// The stages of <c>src/Kessan</c> depend on each other one way only: a folder uses the folders before it,
/// never one after it (docs/architecture.md). Checked over every type reference the compiled assembly makes.
/// </summary>
public class StagesArchitectureTest
{
    /// <summary>The stages in order; each may use only the ones before it.</summary>
    public static readonly Stage[] Stages =
    [
        new("utility", ["Kessan.Utility"]),
        new("diagnostics", ["Kessan.Diagnostics"]),
        new("model", ["Kessan.Model"]),
        new("ingest", ["Kessan.Ingest"]),
        new("layout", ["Kessan.Layout"]),
        new("validation", ["Kessan.Validation"]),
        new("derivation", ["Kessan.Derivation"]),
        new("document", ["Kessan.Document"]),
        new("rendering", ["Kessan.Rendering"]),
        new("xbrl", ["Kessan.Xbrl"]),
        new("pipeline", ["Kessan"]),
    ];

    [Fact]
    public void No_stage_of_the_library_uses_a_later_stage()
    {
        var backReferences = StageReferences.Find(typeof(Fact).Assembly.Location, Stages);

        backReferences.Select(r => r.ToString()).ShouldBeEmpty();
    }

    [Fact]
    public void Every_namespace_of_the_library_belongs_to_a_stage()
    {
        var namespaces = typeof(Fact).Assembly.GetTypes()
            .Select(t => t.Namespace)
            .Where(n => n is not null && n.StartsWith("Kessan", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        // "Kessan" holds the pipeline itself; every other namespace must be placed by a more specific stage.
        namespaces.Where(n => n != "Kessan" && !Stages.Take(Stages.Length - 1).Any(s => s.Holds(n!))).ShouldBeEmpty();
        namespaces.Count.ShouldBeGreaterThan(Stages.Length);
    }

    [Fact]
    public void A_back_reference_in_a_method_body_is_found_and_names_both_types()
    {
        Stage[] stages =
        [
            new("early", ["Kessan.Tests.Architecture.Fixture.Early"]),
            new("late", ["Kessan.Tests.Architecture.Fixture.Late"]),
        ];

        var found = StageReferences.Find(typeof(StagesArchitectureTest).Assembly.Location, stages);

        found.Select(r => r.ToString()).ShouldBe([
            "Kessan.Tests.Architecture.Fixture.Early.EarlyStageType (early) uses Kessan.Tests.Architecture.Fixture.Late.LateStageType (late)",
        ]);
    }

    [Fact]
    public void References_to_earlier_stages_and_within_a_stage_are_allowed()
    {
        Stage[] stages =
        [
            new("late", ["Kessan.Tests.Architecture.Fixture.Late"]),
            new("early", ["Kessan.Tests.Architecture.Fixture.Early"]),
        ];

        var found = StageReferences.Find(typeof(StagesArchitectureTest).Assembly.Location, stages);

        // With the order reversed, only the late type's use of the early one goes "forward" to a later stage.
        found.Select(r => r.From).ShouldBe(["Kessan.Tests.Architecture.Fixture.Late.LateStageType"]);
    }
}
