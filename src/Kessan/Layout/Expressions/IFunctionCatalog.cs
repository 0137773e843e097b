using System.Collections.Immutable;

namespace Kessan.Layout.Expressions;

/// <summary>
/// The functions an expression can call (<c>yoy(Revenues)</c>), as the layout reader checks them. The layout
/// stage declares what it needs to know; the derivation stage, which computes the functions, implements it, so
/// that a name is declared once, beside what computes it, and the layout needs nothing from derivation.
/// </summary>
public interface IFunctionCatalog
{
    /// <summary>The names, in listing order ("did you mean" hints prefer the first of equally near names).</summary>
    ImmutableArray<string> Names { get; }
}
