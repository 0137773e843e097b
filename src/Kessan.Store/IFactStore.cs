using System.Collections.Immutable;
using Kessan.Store.Model;
using Kessan.Store.Snapshots;

namespace Kessan.Store;

/// <summary>
/// The fact store: every package revision with its files and facts, which revisions are published, and the history of
/// every concept across published releases. Two backends: SQLite (embedded, the default) and PostgreSQL (for teams).
/// Revisions never change once stored; a published revision stays published.
/// </summary>
/// <remarks>Every method is safe to call from several threads and processes at once.</remarks>
public interface IFactStore : IDisposable
{
    /// <summary>The store in words, for messages (never a password).</summary>
    string Description { get; }

    /// <summary>
    /// Stores a new revision of <paramref name="request"/>'s company and period on top of the latest one (its head).
    /// When <see cref="ImportRequest.ExpectedParent"/> is given and is no longer the head, nothing is stored and the
    /// result says so: the caller imported on top of a revision someone else has since built on.
    /// </summary>
    StoreResult<Revision> Import(PackageSnapshot snapshot, ImmutableArray<StoredFact> facts, ImportRequest request);

    /// <summary>Revisions, newest first, of a company and period when given.</summary>
    ImmutableArray<Revision> Log(string? company = null, string? period = null);

    /// <summary>The revision whose id is <paramref name="idOrPrefix"/> or starts with it (a unique prefix of 4 or more characters).</summary>
    StoreResult<Revision> Find(string idOrPrefix);

    /// <summary>A revision's files, byte for byte as imported.</summary>
    PackageSnapshot Files(Revision revision);

    /// <summary>A revision's facts, in the order the package reported them.</summary>
    ImmutableArray<StoredFact> Facts(Revision revision);

    /// <summary>Marks a revision as the published release of its company's period; once only.</summary>
    StoreResult<Revision> Publish(Revision revision, string by);

    /// <summary>
    /// The facts of every published revision (of <paramref name="company"/> when given), with the revision they come from, the most
    /// recently published first.
    /// </summary>
    ImmutableArray<(Revision Revision, StoredFact Fact)> PublishedFacts(string? company, string? concept = null, string? dimensions = null);

    /// <summary>Checks every blob, revision and fact against its hash; an empty list when all is well.</summary>
    ImmutableArray<string> Verify();
}

/// <summary>What an import stores besides its files and facts.</summary>
/// <param name="Company">The company's short name.</param>
/// <param name="Period">The period the release reports, named by its calendar.</param>
/// <param name="Author">Who imports.</param>
/// <param name="Message">Why.</param>
/// <param name="ExpectedParent">The revision the import was made on top of, when the caller knows it (optimistic concurrency).</param>
public sealed record ImportRequest(string Company, string Period, string Author, string Message, string? ExpectedParent = null);

/// <summary>A store operation's outcome: its value, or why there is none (a sentence that quotes no figure).</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The value, or null.</param>
/// <param name="Error">Why there is no value, or null.</param>
public sealed record StoreResult<T>(T? Value, string? Error)
    where T : class
{
    /// <summary>A value.</summary>
    public static StoreResult<T> Ok(T value) => new(value, null);

    /// <summary>A refusal.</summary>
    public static StoreResult<T> Refused(string error) => new(null, error);
}
