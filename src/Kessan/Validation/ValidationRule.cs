using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Validation;

/// <summary>
/// One check of a loaded package. Each rule has one stable diagnostic code and states, in its
/// documentation, the requirement it enforces. Rules are stateless and thread-safe.
/// </summary>
public abstract class ValidationRule
{
    /// <summary>The diagnostic code this rule reports (see <see cref="DiagnosticCodes"/>).</summary>
    public abstract string Code { get; }

    /// <summary>The requirement in one line, for listings.</summary>
    public abstract string Requirement { get; }

    /// <summary>Checks the package and reports every violation to <paramref name="diagnostics"/>.</summary>
    public abstract void Validate(ValidationContext context, DiagnosticBag diagnostics);
}

/// <summary>
/// A tie-out rule that explains some disagreeing duplicate facts better than the generic
/// "duplicate facts disagree" diagnostic. A conflict claimed by a rule is reported by that rule only.
/// </summary>
public interface IConflictClaimant
{
    /// <summary>True when this rule reports <paramref name="conflict"/> itself.</summary>
    bool Claims(FactConflict conflict, ValidationContext context);
}
