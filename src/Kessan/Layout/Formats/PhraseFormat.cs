namespace Kessan.Layout.Formats;

/// <summary>
/// A text format a figure placeholder can use besides the display formats
/// (<c>{{ yoy(Revenues) | yoy_phrase }}</c>): which display format rounds the figure, and how its text is written.
/// </summary>
/// <param name="Name">The name placeholders use.</param>
/// <param name="RoundedWith">
/// The display format the figure is rounded with, or null for the format of the placeholder's context (a
/// table's, a row's or a column's), as for a plain number.
/// </param>
/// <param name="Write">The text of a figure; a pure function.</param>
/// <remarks>Immutable.</remarks>
public sealed record PhraseFormat(string Name, string? RoundedWith, Func<PhraseInput, string> Write)
{
    /// <summary>How many quoted arguments a placeholder gives it (<c>sign:"an income","an expense"</c> gives two).</summary>
    public int Arguments { get; init; }
}
