namespace Kessan.Derivation.Evaluation;

/// <summary>
/// Why a value could not be derived: a fact is missing, a unit does not fit, a division by zero, a function
/// called the wrong way. The message names concepts, periods and expressions, never figures, so it can be
/// shown wherever the release is not yet public.
/// </summary>
/// <param name="Message">The reason, as a sentence.</param>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record DerivationProblem(string Message);
