using System.Collections.Immutable;
using Kessan.Layout.Expressions;

namespace Kessan.Derivation.Functions;

/// <summary>
/// The catalog of derivation functions: the one list of the names an expression can call and what computes
/// each. The evaluator calls them through it, and the layout reader checks names against it (through
/// <see cref="IFunctionCatalog"/>, which the layout stage declares and this catalog implements).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DerivationFunctions : IFunctionCatalog
{
    private readonly ImmutableDictionary<string, DerivationFunction> byName;

    private DerivationFunctions(ImmutableArray<DerivationFunction> all)
    {
        All = all;
        Names = [.. all.Select(f => f.Name)];
        byName = all.ToImmutableDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>
    /// The functions Kessan computes, in listing order: comparisons, averages, currency and ADS conversions,
    /// restatements, then dividends. An architecture test checks that every function class is here once.
    /// </summary>
    public static DerivationFunctions Default { get; } = new(
    [
        new YoyFunction(),
        new ChangeFunction(),
        new AvgFunction(),
        new TranslateFunction(),
        new AdsFunction(),
        new PerAdsFunction(),
        new AbsFunction(),
        new RestatedFunction(),
        new CarriedFunction(),
        new DividendTotalFunction(),
        new DividendPerShareFunction(),
        new DeclaredTotalFunction(),
    ]);

    /// <summary>Every function, in listing order.</summary>
    public ImmutableArray<DerivationFunction> All { get; }

    /// <summary>The names, in listing order.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>The function named <paramref name="name"/> (case-sensitive), or null.</summary>
    public DerivationFunction? Find(string name) => byName.GetValueOrDefault(name);
}
