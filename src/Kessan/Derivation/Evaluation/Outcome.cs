using System.Diagnostics.CodeAnalysis;

namespace Kessan.Derivation.Evaluation;

/// <summary>
/// What deriving a value came to: the value, or the problem that prevented it (a missing fact, a unit that
/// does not fit, a division by zero). Data problems travel as values, never as exceptions, so that each caller
/// decides what a problem means where it meets it: a figure shown as "n/a" with a warning, a claim that cannot
/// be checked.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <remarks>
/// Immutable and thread-safe; equality by value (two problems are equal when their messages are). There is no
/// default: an outcome is made from a value or from a <see cref="DerivationProblem"/> by implicit conversion,
/// so a method returning an outcome returns either as it is.
/// </remarks>
public sealed class Outcome<T> : IEquatable<Outcome<T>>
{
    private readonly T value;

    private Outcome(T value, DerivationProblem? problem)
    {
        this.value = value;
        Problem = problem;
    }

    /// <summary>Why the value could not be derived, or null when it was.</summary>
    public DerivationProblem? Problem { get; }

    /// <summary>True when the value was derived.</summary>
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;

    /// <summary>The value.</summary>
    /// <exception cref="InvalidOperationException">The value could not be derived (read <see cref="Problem"/> first).</exception>
    public T Value => Problem is null ? value : throw new InvalidOperationException("The value could not be derived; see the outcome's problem.");

    /// <summary>The value when it was derived; otherwise the problem.</summary>
    /// <returns>True when the value was derived.</returns>
    public bool TryGet([MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out DerivationProblem? problem)
    {
        value = this.value;
        problem = Problem;
        return problem is null;
    }

    /// <summary>A derived value.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static implicit operator Outcome<T>(T value) =>
        value is null ? throw new ArgumentNullException(nameof(value)) : new(value, null);

    /// <summary>A value that could not be derived.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    public static implicit operator Outcome<T>(DerivationProblem problem) =>
        new(default!, problem ?? throw new ArgumentNullException(nameof(problem)));

    /// <inheritdoc/>
    public bool Equals(Outcome<T>? other) =>
        other is not null && Equals(Problem, other.Problem) && (Problem is not null || EqualityComparer<T>.Default.Equals(value, other.value));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Outcome<T>);

    /// <inheritdoc/>
    public override int GetHashCode() => Problem?.GetHashCode() ?? EqualityComparer<T>.Default.GetHashCode(value!);

    /// <summary>The problem's message, or the value's text.</summary>
    public override string ToString() => Problem?.Message ?? value?.ToString() ?? "";
}
