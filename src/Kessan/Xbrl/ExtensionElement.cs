using Kessan.Model;

namespace Kessan.Xbrl;

/// <summary>What an element of the company's extension schema is.</summary>
public enum ExtensionKind
{
    /// <summary>An item: a concept of the package without a US-GAAP element.</summary>
    Concept = 0,

    /// <summary>An explicit dimension: an axis of the package.</summary>
    Axis = 1,

    /// <summary>A domain member: a member of an axis, or a status.</summary>
    Member = 2,

    /// <summary>The head of an axis's domain, which is also its default: a fact without the axis.</summary>
    Domain = 3,

    /// <summary>A hypercube (table): the axes that the facts of some concepts have.</summary>
    Hypercube = 4,

    /// <summary>The abstract head of a statement's presentation: its title, above its concepts.</summary>
    Heading = 5,
}

/// <summary>An element the company's extension schema declares.</summary>
/// <param name="Name">The element's local name.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Label">Its standard label.</param>
/// <param name="Documentation">Its documentation, or null.</param>
/// <param name="Concept">The package's concept, for <see cref="ExtensionKind.Concept"/>; null otherwise.</param>
public sealed record ExtensionElement(string Name, ExtensionKind Kind, string Label, string? Documentation, Concept? Concept);
