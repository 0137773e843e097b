using System.Collections.Immutable;
using Kessan.Derivation.Expressions;
using Kessan.Diagnostics;

namespace Kessan.Derivation.Templates;

/// <summary>A part of a template: literal text, or a placeholder.</summary>
public abstract record TemplatePart;

/// <summary>Literal text, with the place it starts.</summary>
/// <param name="Text">The text.</param>
/// <param name="Location">Where it starts.</param>
public sealed record LiteralPart(string Text, SourceLocation Location) : TemplatePart;

/// <summary>A format applied to a placeholder: a name and optional arguments (<c>sign:"an income","an expense"</c>).</summary>
/// <param name="Name">The format's name.</param>
/// <param name="Args">Its arguments.</param>
public sealed record FormatSpec(string Name, ImmutableArray<string> Args)
{
    /// <inheritdoc/>
    public bool Equals(FormatSpec? other) => other is not null && Name == other.Name && Args.SequenceEqual(other.Args);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Args.Length);

    /// <summary>Formats as written.</summary>
    public override string ToString() => Args.IsEmpty ? Name : Name + ":" + string.Join(",", Args.Select(a => "\"" + a + "\""));
}

/// <summary>A placeholder for a figure: <c>{{ expression | format }}</c>.</summary>
/// <param name="Expression">What the figure is.</param>
/// <param name="Format">How it is shown.</param>
/// <param name="Location">Where the placeholder starts.</param>
public sealed record FigurePart(Expr Expression, FormatSpec Format, SourceLocation Location) : TemplatePart;

/// <summary>A placeholder for a package setting: <c>{{ setting:translation.rate }}</c>.</summary>
/// <param name="Name">The setting.</param>
/// <param name="Format">How it is shown (<c>date</c> for dates), or null.</param>
/// <param name="Location">Where the placeholder starts.</param>
public sealed record SettingPart(string Name, FormatSpec? Format, SourceLocation Location) : TemplatePart;

/// <summary>Text with placeholders. Immutable; equality by value.</summary>
/// <param name="Parts">The parts, in order.</param>
public sealed record Template(ImmutableArray<TemplatePart> Parts)
{
    /// <summary>An empty template.</summary>
    public static Template Empty { get; } = new([]);

    /// <summary>A template of literal text only.</summary>
    public static Template Literal(string text, SourceLocation location) => new([new LiteralPart(text, location)]);

    /// <summary>True when the template has no parts.</summary>
    public bool IsEmpty => Parts.IsDefaultOrEmpty;

    /// <summary>True when a figure placeholder uses the slot <c>$</c>.</summary>
    public bool HasSlot => Parts.OfType<FigurePart>().Any(p => p.Expression.HasSlot);

    /// <inheritdoc/>
    public bool Equals(Template? other) => other is not null && Parts.SequenceEqual(other.Parts);

    /// <inheritdoc/>
    public override int GetHashCode() => Parts.Length;
}
