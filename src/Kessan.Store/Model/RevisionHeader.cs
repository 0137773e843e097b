using System.Globalization;
using System.Text;
using Kessan.Store.Snapshots;

namespace Kessan.Store.Model;

/// <summary>
/// What a revision's id is the hash of: its company, period, parent, author, time, message and the hashes of its files
/// and facts. Changing any of them changes the id, so <c>kessan store verify</c> can tell a revision was altered.
/// </summary>
public static class RevisionHeader
{
    /// <summary>The header's text, one <c>key: value</c> line each (the message last, as written).</summary>
    public static string Text(string company, string period, string? parent, string author, DateTimeOffset createdAt,
        string contentHash, string factsHash, string message) =>
        new StringBuilder()
            .Append("kessan-revision/1\n")
            .Append("company: ").Append(company).Append('\n')
            .Append("period: ").Append(period).Append('\n')
            .Append("parent: ").Append(parent ?? "").Append('\n')
            .Append("author: ").Append(author).Append('\n')
            .Append("created: ").Append(Timestamp(createdAt)).Append('\n')
            .Append("content: ").Append(contentHash).Append('\n')
            .Append("facts: ").Append(factsHash).Append('\n')
            .Append('\n').Append(message)
            .ToString();

    /// <summary>The id of a revision with this header.</summary>
    public static string Id(string company, string period, string? parent, string author, DateTimeOffset createdAt,
        string contentHash, string factsHash, string message) =>
        SnapshotFile.HashOf(Encoding.UTF8.GetBytes(Text(company, period, parent, author, createdAt, contentHash, factsHash, message)));

    /// <summary>The id recomputed from a stored revision.</summary>
    public static string IdOf(Revision r) =>
        Id(r.Company, r.Period, r.Parent, r.Author, r.CreatedAt, r.ContentHash, r.FactsHash, r.Message);

    /// <summary>A time as the store keeps it: UTC, ISO 8601 with seven fractional digits (sorts as text).</summary>
    public static string Timestamp(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Reads a time written by <see cref="Timestamp"/>.</summary>
    public static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
