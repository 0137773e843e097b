using System.Collections.Immutable;

namespace Kessan.Store.Review;

/// <summary>Where a revision is in the sign-off chain.</summary>
public enum ReviewStatus
{
    /// <summary>Prepared, not yet reviewed.</summary>
    Draft,

    /// <summary>A reviewer has signed it off.</summary>
    Reviewed,

    /// <summary>An approver has approved it: locked, ready to publish.</summary>
    Approved,

    /// <summary>The published release of its period.</summary>
    Published,
}

/// <summary>A comment on a revision: on a figure (its id), a table or a sentence, or a reply to another comment.</summary>
/// <param name="Sequence">Its number in the store.</param>
/// <param name="Revision">The revision commented on.</param>
/// <param name="Target">What it is about: a figure's id, <c>table:ID</c>, <c>section:ID</c> or <c>release</c>.</param>
/// <param name="ReplyTo">The comment it answers, or null.</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Body">The text, as typed (shown as text, never as markup).</param>
/// <param name="ResolvedBy">Who marked it resolved, or null while it is open.</param>
public sealed record Comment(long Sequence, string Revision, string Target, long? ReplyTo, string Author, DateTimeOffset At, string Body, string? ResolvedBy)
{
    /// <summary>True while nobody has resolved it.</summary>
    public bool IsOpen => ResolvedBy is null;
}

/// <summary>
/// The sign-off chain, draft → reviewed → approved → published: each step by a user with its role, in order; approval
/// only with no error and no open comment. A revision never changes, so a change after approval is a new revision, whose
/// chain starts again at draft.
/// </summary>
public static class Workflow
{
    /// <summary>The sign-off steps, in order.</summary>
    public static ImmutableArray<string> Steps { get; } = ["reviewed", "approved"];

    /// <summary>The status a revision's sign-offs (and publication) give it.</summary>
    public static ReviewStatus Status(IEnumerable<string> signOffs, bool published) =>
        published ? ReviewStatus.Published
        : signOffs.Contains("approved") ? ReviewStatus.Approved
        : signOffs.Contains("reviewed") ? ReviewStatus.Reviewed
        : ReviewStatus.Draft;

    /// <summary>
    /// Why <paramref name="user"/> may not take <paramref name="step"/> (<c>reviewed</c>, <c>approved</c>, <c>published</c>)
    /// on a revision at <paramref name="status"/> with <paramref name="errors"/> errors and <paramref name="openComments"/>
    /// open comments; null when the step may be taken.
    /// </summary>
    public static string? Refusal(string step, User user, ReviewStatus status, int errors, int openComments)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (role, from) = step switch
        {
            "reviewed" => (Role.Reviewer, ReviewStatus.Draft),
            "approved" => (Role.Approver, ReviewStatus.Reviewed),
            "published" => (Role.Approver, ReviewStatus.Approved),
            _ => ((Role?)null, ReviewStatus.Draft),
        };
        if (role is null)
        {
            return $"'{step}' is not a step of the sign-off chain.";
        }
        if (user.Role != role)
        {
            return $"only {(role == Role.Approver ? "an approver" : "a reviewer")} may mark a revision {step}.";
        }
        if (status != from)
        {
            return $"the revision is {status.ToString().ToLowerInvariant()}; it must be {from.ToString().ToLowerInvariant()} to be marked {step}.";
        }
        if (step == "approved" && errors > 0)
        {
            return $"the revision has {errors} error{(errors == 1 ? "" : "s")}: a release with errors is never approved.";
        }
        if (step == "approved" && openComments > 0)
        {
            return $"{openComments} comment{(openComments == 1 ? " is" : "s are")} still open: resolve {(openComments == 1 ? "it" : "them")} first.";
        }
        return null;
    }
}
