using System.Collections.Immutable;
using Kessan.Model;

namespace Kessan.Derivation.Evaluation;

/// <summary>
/// How a value was computed: the rule, its formula, the value, and the inputs it used, down to the facts
/// (leaves carry the <see cref="Fact"/> with every place it was reported).
/// </summary>
/// <param name="Rule">The derivation rule: <c>fact</c>, <c>sum</c>, <c>yoy</c>, <c>translate</c>, ...</param>
/// <param name="Formula">The formula as written, canonical.</param>
/// <param name="Value">The exact value.</param>
/// <param name="Inputs">The inputs, in order; empty for a fact or a constant.</param>
/// <param name="Fact">The fact, for a leaf of rule <c>fact</c>.</param>
/// <param name="Period">The period the formula was evaluated at.</param>
public sealed record Provenance(string Rule, string Formula, Rational Value, ImmutableArray<Provenance> Inputs, Fact? Fact, Period? Period)
{
    /// <summary>Every fact this value depends on, without duplicates, in first-use order.</summary>
    public IEnumerable<Fact> Facts()
    {
        var seen = new HashSet<FactKey>();
        var stack = new Stack<Provenance>();
        stack.Push(this);
        var ordered = new List<Fact>();
        while (stack.Count > 0)
        {
            var p = stack.Pop();
            if (p.Fact is { } f && seen.Add(f.Key))
            {
                ordered.Add(f);
            }
            for (var i = p.Inputs.Length - 1; i >= 0; i--)
            {
                stack.Push(p.Inputs[i]);
            }
        }
        return ordered;
    }

    /// <inheritdoc/>
    public bool Equals(Provenance? other) =>
        other is not null && Rule == other.Rule && Formula == other.Formula && Value == other.Value
        && Inputs.SequenceEqual(other.Inputs) && Equals(Fact, other.Fact) && Equals(Period, other.Period);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Rule, Formula, Value);
}
