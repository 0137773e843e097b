namespace Kessan.Store.Model;

/// <summary>
/// A package revision in the store: who imported which files of which company's period, when, on top of which
/// revision. Revisions never change once stored; <see cref="PublishedAt"/> is set by publishing, once.
/// </summary>
/// <param name="Id">The revision's id: the SHA-256 of its header (<see cref="RevisionHeader"/>), lower-case hexadecimal.</param>
/// <param name="Company">The company's short name (<c>company.short_name</c>).</param>
/// <param name="Period">The period the release reports, named by the package's calendar (FY2012, 1Q13).</param>
/// <param name="Parent">The revision this one was imported on top of, or null for the first of its company and period.</param>
/// <param name="Author">Who imported it.</param>
/// <param name="Message">Why.</param>
/// <param name="CreatedAt">When (UTC).</param>
/// <param name="ContentHash">The SHA-256 of its files' listing.</param>
/// <param name="FactsHash">The SHA-256 of its facts' canonical lines.</param>
/// <param name="FactCount">How many facts it holds.</param>
/// <param name="FileCount">How many files it holds.</param>
/// <param name="PublishedAt">When it was published as the release of its period, or null.</param>
public sealed record Revision(
    string Id,
    string Company,
    string Period,
    string? Parent,
    string Author,
    string Message,
    DateTimeOffset CreatedAt,
    string ContentHash,
    string FactsHash,
    int FactCount,
    int FileCount,
    DateTimeOffset? PublishedAt)
{
    /// <summary>The first 12 characters of the id, as the log prints it.</summary>
    public string ShortId => Short(Id);

    /// <summary>The first 12 characters of a revision id (or a hash), as messages print it.</summary>
    public static string Short(string id) => id[..Math.Min(12, id.Length)];

    /// <summary>True when published.</summary>
    public bool IsPublished => PublishedAt is not null;

    /// <summary>The message's first line.</summary>
    public string Subject => Message.Split('\n', 2)[0];
}
