using System.Globalization;
using Kessan.Utility;

namespace Kessan.Diagnostics;

/// <summary>
/// Where a piece of input came from: a file of the release package (path relative to the package root,
/// with forward slashes), a 1-based line and a 1-based column. A line or column of 0 means "not known".
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SourceLocation
{
    /// <summary>Creates a location.</summary>
    /// <param name="path">Path relative to the package root, forward slashes.</param>
    /// <param name="line">1-based line, or 0 when unknown.</param>
    /// <param name="column">1-based column, or 0 when unknown.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative line or column.</exception>
    public SourceLocation(string path, int line = 0, int column = 0)
    {
        Path = Preconditions.CheckNotEmpty(path, nameof(path));
        Line = Preconditions.CheckArgumentRange(nameof(line), line, 0, int.MaxValue);
        Column = Preconditions.CheckArgumentRange(nameof(column), column, 0, int.MaxValue);
    }

    /// <summary>Path relative to the package root, with forward slashes.</summary>
    public string Path { get; }

    /// <summary>1-based line number; 0 when the location is the whole file.</summary>
    public int Line { get; }

    /// <summary>1-based column number; 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>Returns a copy at another column of the same line.</summary>
    public SourceLocation WithColumn(int column) => new(Path, Line, column);

    /// <summary>Formats as <c>path:line:column</c>, leaving out parts that are unknown.</summary>
    public override string ToString() => Line == 0
        ? Path
        : Column == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Path}:{Line}")
            : string.Create(CultureInfo.InvariantCulture, $"{Path}:{Line}:{Column}");
}
