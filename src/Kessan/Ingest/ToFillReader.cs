using System.Globalization;
using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Ingest;

/// <summary>
/// The to-do of a rolled-forward package (<c>to_fill</c> in package.yaml, written by <c>kessan rollforward</c>): one row
/// per fact whose value was left empty for the user (<c>file,line,column,concept,period,dims,status</c>), and the
/// settings that must be renewed (<c>setting:convenience_translation.rate</c>, with the rate date it was rolled from; a
/// to-do until its line is deleted).
/// Each one still missing is an error (KSN601) at its cell, and nothing else is checked until all are filled: the
/// package is not yet a release, so its sums and tie-outs would only repeat the same gaps.
/// </summary>
internal static class ToFillReader
{
    private static readonly string[] Header = ["file", "line", "column", "concept", "period", "dims", "status"];

    /// <summary>Reports every row of <paramref name="text"/> not yet filled in.</summary>
    public static void Report(string path, string text, FactSet facts, Manifest manifest, DiagnosticBag bag)
    {
        var calendar = manifest.Calendar!;
        var first = true;
        var missing = new Dictionary<(string, Period, DimensionSet, FactStatus), List<SourceLocation>>();
        var order = new List<((string, Period, DimensionSet, FactStatus) Key, string Text)>();
        foreach (var record in CsvRecords.Read(path, text, bag))
        {
            var cells = record.Cells.Select(c => c.Text.Trim()).ToArray();
            if (first)
            {
                first = false;
                if (!cells.SequenceEqual(Header))
                {
                    bag.Error(DiagnosticCodes.BadHeader, "The to-fill list's header must be: " + string.Join(",", Header) + ".", new SourceLocation(path, record.Line));
                    return;
                }
                continue;
            }
            if (cells.Length != Header.Length
                || !int.TryParse(cells[1], NumberStyles.None, CultureInfo.InvariantCulture, out var line)
                || !int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var column))
            {
                bag.Error(DiagnosticCodes.CsvSyntax, "A to-fill row has seven cells: file, line, column, concept, period, dims, status.", new SourceLocation(path, record.Line));
                continue;
            }
            var at = new SourceLocation(cells[0], line, column);
            if (cells[3] == "setting:convenience_translation.rate")
            {
                // A setting has no empty cell to notice filled: the row stays a to-do until the user, having set the
                // rate and its date for the new period, deletes it.
                bag.Error(DiagnosticCodes.ToFill,
                    $"convenience_translation.rate and rate_date are those of {cells[4]}: set the new period's, then delete this to-do's line ({path}:{record.Line}).", at);
                continue;
            }
            if (!calendar.TryParse(cells[4], out var period) || period is null || !DimensionSet.TryParse(cells[5], out var dims)
                || !FactStatusNames.ByName.TryGetValue(cells[6], out var status))
            {
                bag.Error(DiagnosticCodes.InvalidValue, "The to-fill row names a period, dimensions or status Kessan cannot read.", new SourceLocation(path, record.Line));
                continue;
            }
            if (facts.Find(cells[3], period, dims, status) is null)
            {
                var key = (cells[3], period, dims, status);
                if (!missing.TryGetValue(key, out var places))
                {
                    missing[key] = places = [];
                    var where = dims.IsEmpty ? "" : $" [{dims}]";
                    var what = status == FactStatus.Actual ? "" : $" ({cells[6]})";
                    order.Add((key, $"'{cells[3]}'{where} for {cells[4]}{what} is to fill in: kessan rollforward left its value empty"));
                }
                places.Add(at);
            }
        }
        // One to-do per fact, at its first cell; a fact the package reports in several places names the others.
        foreach (var (key, message) in order)
        {
            var places = missing[key];
            var also = places.Count == 1 ? "." : " (also at " + string.Join(", ", places.Skip(1)) + ").";
            bag.Error(DiagnosticCodes.ToFill, message + also, places[0]);
        }
    }
}
