using System.Collections.Immutable;

namespace Kessan.Model;

/// <summary>
/// Everything a package says about its line items: concepts, axes, declared units, calculations and
/// roll-forwards. Built by the loader after every reference has been resolved, so lookups of ids that
/// appear in relationships always succeed.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Taxonomy
{
    private readonly ImmutableDictionary<string, Concept> conceptsById;
    private readonly ImmutableDictionary<string, Axis> axesById;
    private readonly ImmutableDictionary<string, Unit> declaredUnitsById;
    private readonly ImmutableDictionary<ConceptRole, Concept> conceptsByRole;

    /// <summary>Creates a taxonomy. Ids must be unique; the loader guarantees it.</summary>
    public Taxonomy(
        ImmutableArray<Concept> concepts,
        ImmutableArray<Axis> axes,
        ImmutableArray<Unit> declaredUnits,
        ImmutableArray<CalculationRelationship> calculations,
        ImmutableArray<RollForward> rollForwards)
    {
        Concepts = concepts;
        Axes = axes;
        DeclaredUnits = declaredUnits;
        Calculations = calculations;
        RollForwards = rollForwards;
        conceptsById = concepts.ToImmutableDictionary(c => c.Id, StringComparer.Ordinal);
        axesById = axes.ToImmutableDictionary(a => a.Id, StringComparer.Ordinal);
        declaredUnitsById = declaredUnits.ToImmutableDictionary(u => u.Id, StringComparer.Ordinal);
        conceptsByRole = concepts.Where(c => c.Role is not null)
            .ToImmutableDictionary(c => c.Role!.Value, c => c);
    }

    /// <summary>Concepts in definition order.</summary>
    public ImmutableArray<Concept> Concepts { get; }

    /// <summary>Axes in definition order.</summary>
    public ImmutableArray<Axis> Axes { get; }

    /// <summary>Units the package declares (built-in units are not listed).</summary>
    public ImmutableArray<Unit> DeclaredUnits { get; }

    /// <summary>Calculation relationships in definition order.</summary>
    public ImmutableArray<CalculationRelationship> Calculations { get; }

    /// <summary>Roll-forwards in definition order.</summary>
    public ImmutableArray<RollForward> RollForwards { get; }

    /// <summary>The concept with the given id, or null.</summary>
    public Concept? FindConcept(string id) => conceptsById.GetValueOrDefault(id);

    /// <summary>The concept with the given id.</summary>
    /// <exception cref="KeyNotFoundException">No such concept.</exception>
    public Concept GetConcept(string id) =>
        conceptsById.TryGetValue(id, out var c) ? c : throw new KeyNotFoundException("No concept with id '" + id + "'.");

    /// <summary>The axis with the given id, or null.</summary>
    public Axis? FindAxis(string id) => axesById.GetValueOrDefault(id);

    /// <summary>The concept that holds a tie-out role, or null when the package has none.</summary>
    public Concept? FindByRole(ConceptRole role) => conceptsByRole.GetValueOrDefault(role);

    /// <summary>Resolves a unit id: built-in units and the package's declared units. Null when unknown.</summary>
    public Unit? FindUnit(string id) => Unit.TryBuiltIn(id) ?? declaredUnitsById.GetValueOrDefault(id);
}
