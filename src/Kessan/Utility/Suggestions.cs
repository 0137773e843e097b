namespace Kessan.Utility;

/// <summary>Finds the nearest known name to a misspelt one, for "did you mean" hints.</summary>
internal static class Suggestions
{
    /// <summary>
    /// The candidate closest to <paramref name="text"/> by edit distance (case-insensitive), when it is
    /// close enough to be a likely typo (at most <paramref name="maxDistance"/> edits; by default a quarter
    /// of its length, and at least 2); otherwise null.
    /// </summary>
    internal static string? Nearest(string text, IEnumerable<string> candidates, int? maxDistance = null)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            var d = Distance(text.ToUpperInvariant(), c.ToUpperInvariant());
            if (d < bestDistance)
            {
                bestDistance = d;
                best = c;
            }
        }
        var limit = maxDistance ?? Math.Max(2, text.Length / 4);
        return bestDistance <= limit ? best : null;
    }

    /// <summary>" Did you mean 'x'?" or the empty string.</summary>
    internal static string Hint(string text, IEnumerable<string> candidates, int? maxDistance = null)
    {
        var n = Nearest(text, candidates, maxDistance);
        return n is null ? "" : " Did you mean '" + n + "'?";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
