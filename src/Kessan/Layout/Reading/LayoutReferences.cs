using System.Collections.Immutable;
using Kessan.Diagnostics;
using Kessan.Ingest;
using Kessan.Layout.Templates;

namespace Kessan.Layout.Reading;

/// <summary>
/// Names a layout refers to that another layout file may define, so they are checked only once every file is
/// read (<see cref="CrossReferenceChecker"/>): the tables and narratives the document shows, and the display
/// formats that <c>format:</c> keys and figure placeholders name. Each list is in reading order, which is the
/// order a name that does not exist is reported in.
/// </summary>
/// <remarks>Immutable; equality by value.</remarks>
internal sealed record LayoutReferences
{
    /// <summary>No references.</summary>
    public static LayoutReferences None { get; } = new();

    /// <summary>Tables the document shows (<c>table: id</c> blocks).</summary>
    public ImmutableArray<NamedReference> Tables { get; init; } = [];

    /// <summary>Narratives the document shows (<c>text: id</c> blocks).</summary>
    public ImmutableArray<NamedReference> Narratives { get; init; } = [];

    /// <summary>Display formats named by <c>format:</c> keys and by figure placeholders (<c>{{ x | millions }}</c>).</summary>
    public ImmutableArray<NamedReference> Formats { get; init; } = [];

    /// <summary>A table of the document.</summary>
    public static LayoutReferences ToTable(string id, SourceLocation location) => new() { Tables = [new NamedReference(id, location)] };

    /// <summary>A narrative of the document.</summary>
    public static LayoutReferences ToNarrative(string id, SourceLocation location) => new() { Narratives = [new NamedReference(id, location)] };

    /// <summary>The formats of a template's figure placeholders, in order; none when the template is null (it did not parse).</summary>
    public static LayoutReferences ToFormatsIn(Template? template) =>
        template is null
            ? None
            : new() { Formats = [.. template.Parts.OfType<FigurePart>().Select(f => new NamedReference(f.Format.Name, f.Location))] };

    /// <summary>
    /// The formats a table, column, row or cell names: those of its text template's placeholders, then its
    /// <c>format:</c> key (<paramref name="format"/>, read from <paramref name="m"/>), when it has one.
    /// </summary>
    public static LayoutReferences ToFormatsOf(Template? text, string? format, MappingReader m) =>
        format is null
            ? ToFormatsIn(text)
            : ToFormatsIn(text).Then(new LayoutReferences { Formats = [new NamedReference(format, m.LocationOf("format"))] });

    /// <summary>These references followed by <paramref name="next"/>'s, each list in order.</summary>
    public LayoutReferences Then(LayoutReferences next) =>
        next.IsEmpty ? this
        : IsEmpty ? next
        : new() { Tables = Tables.AddRange(next.Tables), Narratives = Narratives.AddRange(next.Narratives), Formats = Formats.AddRange(next.Formats) };

    private bool IsEmpty => Tables.IsEmpty && Narratives.IsEmpty && Formats.IsEmpty;

    /// <inheritdoc/>
    public bool Equals(LayoutReferences? other) =>
        other is not null && Tables.SequenceEqual(other.Tables) && Narratives.SequenceEqual(other.Narratives) && Formats.SequenceEqual(other.Formats);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Tables.Length, Narratives.Length, Formats.Length);
}
