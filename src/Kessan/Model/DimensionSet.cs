using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Kessan.Utility;

namespace Kessan.Model;

/// <summary>One coordinate of a fact along an axis: <c>Segment=ATMOperation</c>.</summary>
/// <param name="Axis">Axis identifier.</param>
/// <param name="Member">Member identifier.</param>
public readonly record struct DimensionValue(string Axis, string Member)
{
    /// <summary>Formats as <c>Axis=Member</c>.</summary>
    public override string ToString() => Axis + "=" + Member;
}

/// <summary>
/// The dimensional coordinates of a fact: at most one member per axis, kept sorted by axis. The empty
/// set is the consolidated total with no breakdown.
/// </summary>
/// <remarks>The default value of this type is <see cref="Empty"/>. Immutable and thread-safe.</remarks>
public readonly struct DimensionSet : IEquatable<DimensionSet>
{
    private readonly ImmutableArray<DimensionValue> values;

    private DimensionSet(ImmutableArray<DimensionValue> values) => this.values = values;

    /// <summary>No dimensions.</summary>
    public static DimensionSet Empty => default;

    /// <summary>The coordinates, sorted by axis.</summary>
    public ImmutableArray<DimensionValue> Values => values.IsDefault ? [] : values;

    /// <summary>True when there are no coordinates.</summary>
    public bool IsEmpty => values.IsDefaultOrEmpty;

    /// <summary>Number of coordinates.</summary>
    public int Count => values.IsDefault ? 0 : values.Length;

    /// <summary>Creates a set from coordinates.</summary>
    /// <exception cref="ArgumentException">Two coordinates on the same axis.</exception>
    public static DimensionSet Of(IEnumerable<DimensionValue> coordinates)
    {
        var sorted = coordinates.ToArray();
        // A fact has a handful of coordinates at most: sorted in place, by insertion, stably.
        for (var i = 1; i < sorted.Length; i++)
        {
            var v = sorted[i];
            var j = i - 1;
            for (; j >= 0 && string.CompareOrdinal(sorted[j].Axis, v.Axis) > 0; j--)
            {
                sorted[j + 1] = sorted[j];
            }
            sorted[j + 1] = v;
        }
        for (var i = 1; i < sorted.Length; i++)
        {
            Preconditions.CheckArgument(sorted[i].Axis != sorted[i - 1].Axis, nameof(coordinates),
                "A fact has at most one member per axis.");
        }
        return sorted.Length == 0 ? Empty : new DimensionSet(ImmutableCollectionsMarshal.AsImmutableArray(sorted));
    }

    /// <summary>Creates a set with one coordinate.</summary>
    public static DimensionSet Of(string axis, string member) => new([new DimensionValue(axis, member)]);

    /// <summary>
    /// Reads the text <see cref="ToString"/> writes, <c>Axis=Member;Axis=Member</c> (empty for the total; spaces around
    /// the parts ignored). False when a part is not <c>Axis=Member</c> or names an axis twice. Names are not checked
    /// against a taxonomy.
    /// </summary>
    public static bool TryParse(string? text, out DimensionSet dimensions)
    {
        dimensions = Empty;
        var values = new List<DimensionValue>();
        foreach (var part in (text ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (kv.Length != 2 || kv[0].Length == 0 || kv[1].Length == 0 || values.Exists(v => v.Axis == kv[0]))
            {
                return false;
            }
            values.Add(new DimensionValue(kv[0], kv[1]));
        }
        dimensions = Of(values);
        return true;
    }

    /// <summary>The member on <paramref name="axis"/>, or null.</summary>
    public string? MemberOf(string axis)
    {
        foreach (var v in Values)
        {
            if (v.Axis == axis)
            {
                return v.Member;
            }
        }
        return null;
    }

    /// <summary>This set without a coordinate on <paramref name="axis"/>.</summary>
    public DimensionSet Without(string axis) => Of(Values.Where(v => v.Axis != axis));

    /// <summary>This set with <paramref name="axis"/> set to <paramref name="member"/> (replacing any member).</summary>
    public DimensionSet With(string axis, string member) =>
        IsEmpty ? Of(axis, member) : Of(Values.Where(v => v.Axis != axis).Append(new DimensionValue(axis, member)));

    /// <inheritdoc/>
    public bool Equals(DimensionSet other) => (IsEmpty && other.IsEmpty) || Values.SequenceEqual(other.Values);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DimensionSet other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var v in Values)
        {
            h.Add(v);
        }
        return h.ToHashCode();
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(DimensionSet left, DimensionSet right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(DimensionSet left, DimensionSet right) => !left.Equals(right);

    /// <summary>Formats as <c>Axis=Member;Axis=Member</c>; the empty set is the empty string.</summary>
    public override string ToString() => Count switch
    {
        0 => "",
        1 => values[0].ToString(),
        _ => string.Join(";", values),
    };
}
