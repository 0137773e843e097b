using System.Text.RegularExpressions;
using Kessan.Utility;

namespace Kessan.Model;

/// <summary>What a unit measures.</summary>
public enum UnitKind
{
    /// <summary>An amount of money in an ISO 4217 currency (<c>JPY</c>, <c>USD</c>).</summary>
    Currency = 0,

    /// <summary>A number of shares (<c>shares</c>).</summary>
    Shares = 1,

    /// <summary>Money per share (<c>JPY/share</c>).</summary>
    PerShare = 2,

    /// <summary>A pure number: ratios and percentages (<c>pure</c>; 29.9% is stored as 0.299).</summary>
    Pure = 3,

    /// <summary>A unit the package declares: counts and measures such as <c>contracts</c>, <c>Gbps</c>, <c>ATMs</c>.</summary>
    Declared = 4,
}

/// <summary>
/// The unit of a fact. Built-in units are currencies (three capital letters), <c>shares</c>,
/// <c>XXX/share</c> and <c>pure</c>; anything else must be declared by the release package.
/// </summary>
/// <remarks>There is no meaningful default unit, so this is a class. Immutable; equality by value.</remarks>
public sealed partial record Unit
{
    private Unit(string id, UnitKind kind, string? currency, string label)
    {
        Id = id;
        Kind = kind;
        Currency = currency;
        Label = label;
    }

    /// <summary>The identifier as written in a package: <c>JPY</c>, <c>shares</c>, <c>JPY/share</c>, <c>pure</c>, <c>Gbps</c>.</summary>
    public string Id { get; }

    /// <summary>What the unit measures.</summary>
    public UnitKind Kind { get; }

    /// <summary>The currency code for <see cref="UnitKind.Currency"/> and <see cref="UnitKind.PerShare"/>; otherwise null.</summary>
    public string? Currency { get; }

    /// <summary>A label for readers, e.g. "JPY", "shares", "Gbps".</summary>
    public string Label { get; }

    /// <summary>The number of shares.</summary>
    public static Unit Shares { get; } = new("shares", UnitKind.Shares, null, "shares");

    /// <summary>A pure number.</summary>
    public static Unit Pure { get; } = new("pure", UnitKind.Pure, null, "%");

    /// <summary>An ISO 4217 currency such as JPY.</summary>
    /// <exception cref="ArgumentException">The code is not three capital letters.</exception>
    public static Unit OfCurrency(string code)
    {
        Preconditions.CheckArgument(IsCurrencyCode(code), nameof(code), "A currency code is three capital letters.");
        return new Unit(code, UnitKind.Currency, code, code);
    }

    /// <summary>Money of a currency per share, such as JPY/share.</summary>
    /// <exception cref="ArgumentException">The code is not three capital letters.</exception>
    public static Unit PerShareOf(string code)
    {
        Preconditions.CheckArgument(IsCurrencyCode(code), nameof(code), "A currency code is three capital letters.");
        return new Unit(code + "/share", UnitKind.PerShare, code, code + " per share");
    }

    /// <summary>A unit declared by a package (a count or a measure).</summary>
    /// <exception cref="ArgumentException">The identifier is empty or would shadow a built-in unit.</exception>
    public static Unit Declare(string id, string? label)
    {
        Preconditions.CheckArgument(IsDeclarableId(id), nameof(id),
            "A declared unit id is letters, digits and underscores, and is not a built-in unit.");
        return new Unit(id, UnitKind.Declared, null, string.IsNullOrWhiteSpace(label) ? id : label);
    }

    /// <summary>True when <paramref name="id"/> may name a declared unit.</summary>
    public static bool IsDeclarableId(string? id) =>
        id is not null && DeclaredPattern().IsMatch(id) && !IsCurrencyCode(id) && id is not ("shares" or "pure");

    /// <summary>Resolves a built-in unit identifier; returns null for anything else.</summary>
    public static Unit? TryBuiltIn(string id)
    {
        if (id == "shares")
        {
            return Shares;
        }
        if (id == "pure")
        {
            return Pure;
        }
        if (IsCurrencyCode(id))
        {
            return OfCurrency(id);
        }
        if (id.EndsWith("/share", StringComparison.Ordinal) && IsCurrencyCode(id[..^6]))
        {
            return PerShareOf(id[..^6]);
        }
        return null;
    }

    private static bool IsCurrencyCode(string? code) => code is not null && CurrencyPattern().IsMatch(code);

    /// <inheritdoc/>
    public override string ToString() => Id;

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex DeclaredPattern();
}
