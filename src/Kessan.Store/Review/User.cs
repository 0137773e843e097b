using System.Collections.Immutable;

namespace Kessan.Store.Review;

/// <summary>What a user of the review app may do.</summary>
public enum Role
{
    /// <summary>Prepares a release: edits its facts, answers comments.</summary>
    Preparer,

    /// <summary>Reviews a release: comments, marks it reviewed.</summary>
    Reviewer,

    /// <summary>Approves a reviewed release (an officer); approval locks the revision.</summary>
    Approver,

    /// <summary>Manages the app: reads and exports the audit log.</summary>
    Admin,
}

/// <summary>A local account of the review app: its name, role and the companies (short names) it may see.</summary>
/// <param name="Name">The name the user signs in with.</param>
/// <param name="Role">What the user may do.</param>
/// <param name="Companies">The companies whose releases the user may see, by <c>company.short_name</c>.</param>
/// <param name="CreatedAt">When the account was made.</param>
public sealed record User(string Name, Role Role, ImmutableArray<string> Companies, DateTimeOffset CreatedAt)
{
    /// <summary>
    /// True when the user may see the company's releases, published or not: only a company granted to the user (an
    /// admin too: running the app is not a right to a company's unreleased figures).
    /// </summary>
    public bool MaySee(string company) => Companies.Contains(company, StringComparer.Ordinal);

    /// <summary>The role's name as typed on the command line (<c>preparer</c>).</summary>
    public static string NameOf(Role role) => role.ToString().ToLowerInvariant();

    /// <summary>The role a name stands for, or null.</summary>
    public static Role? ParseRole(string? text) => text switch
    {
        "preparer" => Role.Preparer,
        "reviewer" => Role.Reviewer,
        "approver" => Role.Approver,
        "admin" => Role.Admin,
        _ => null,
    };
}

/// <summary>One line of the audit log: who did what, when, to which company's revision.</summary>
/// <param name="Sequence">Its place in the log (from 1).</param>
/// <param name="At">When (UTC).</param>
/// <param name="User">Who (a user name, or the name tried for a failed sign-in).</param>
/// <param name="Action">What: <c>sign-in</c>, <c>sign-in-failed</c>, <c>view</c>, <c>explain</c>, <c>edit</c>, …</param>
/// <param name="Company">The company concerned, or empty.</param>
/// <param name="Revision">The revision concerned, or empty.</param>
/// <param name="Detail">More, in words (never a figure).</param>
public sealed record AuditEntry(long Sequence, DateTimeOffset At, string User, string Action, string Company, string Revision, string Detail);
