using Kessan.Model;

namespace Kessan.Derivation.Evaluation;

/// <summary>
/// A derived value: exact, with the interval of values its inputs' rounding allows, its unit, and how it
/// was computed.
/// </summary>
/// <param name="Value">The exact value (from the inputs as reported).</param>
/// <param name="Low">The smallest value the inputs' rounding allows, or null when unbounded.</param>
/// <param name="High">The largest value the inputs' rounding allows, or null when unbounded.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Provenance">How it was computed.</param>
public sealed record DerivedValue(Rational Value, Rational? Low, Rational? High, Unit Unit, Provenance Provenance)
{
    /// <summary>True when every input is exact, so the interval is the value itself.</summary>
    public bool IsExact => Low == Value && High == Value;
}
