using System.Globalization;
using System.Text;
using Kessan.Store.Review;

namespace Kessan.Web.Review;

/// <summary>
/// The audit log as CSV (RFC 4180): sequence, time, user, action, company, revision, detail. A cell that a spreadsheet
/// would take for a formula (it starts with =, +, -, @ or a tab) is prefixed with an apostrophe, so that opening the
/// export never runs anything.
/// </summary>
public static class AuditCsv
{
    /// <summary>The CSV text of <paramref name="entries"/>.</summary>
    public static string Of(IEnumerable<AuditEntry> entries)
    {
        var csv = new StringBuilder("sequence,at,user,action,company,revision,detail\r\n");
        foreach (var e in entries)
        {
            csv.Append(e.Sequence.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(e.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)).Append(',')
                .Append(Cell(e.User)).Append(',').Append(Cell(e.Action)).Append(',').Append(Cell(e.Company)).Append(',')
                .Append(Cell(e.Revision)).Append(',').Append(Cell(e.Detail)).Append("\r\n");
        }
        return csv.ToString();
    }

    /// <summary>One cell: defused when a spreadsheet would read it as a formula, quoted when it must be.</summary>
    public static string Cell(string text)
    {
        var safe = text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
