using System.Globalization;
using System.Text;
using Kessan.Model;
using Kessan.Store.Database;
using Kessan.Store.Model;

namespace Kessan.Store.Rollforward;

/// <summary>
/// The comparatives a rolled-forward package needs that no shifted cell holds: a fact of the period rolled from (FY2012's
/// establishment of subsidiaries) whose line had no figure the year before, so that shifting the year before's cells a
/// year on brings no cell for it. Such facts go into a fact file of their own beside the one they were reported in
/// (<c>facts/equity.comparatives.csv</c>, with the same statement), in the unit's base with their precision, each
/// valued from the store's published releases, or left empty to fill in when no published release states it.
/// </summary>
internal sealed class ComparativesFile(string sourcePath)
{
    private readonly StringBuilder text = new(
        "# Comparatives kessan rollforward took from the store's published releases (values in the unit's base, with the\n" +
        "# precision they were published at); an empty value is one no published release states: fill it in.\n" +
        "concept,dims,period,status,scale,precision,value\n");

    private int line = 4;

    /// <summary>The new file's path: the source file's with <c>.comparatives</c> before its extension.</summary>
    public string Path { get; } = sourcePath[..^".csv".Length] + ".comparatives.csv";

    /// <summary>The file's text.</summary>
    public string Text => text.ToString();

    /// <summary>Adds a row for <paramref name="fact"/>; returns the line and column of its value cell.</summary>
    public (int Line, int Column) Add(Fact fact, string periodName, decimal? value)
    {
        var cells = new[]
        {
            fact.ConceptId, fact.Dimensions.ToString(), periodName, StoredFact.StatusName(fact.Status), "units",
            fact.Precision.Decimals is { } d ? d.ToString(CultureInfo.InvariantCulture) : "exact",
        }.Select(CsvCellEditor.Quote).ToList();
        var prefix = string.Join(',', cells) + ",";
        text.Append(prefix).Append(value is { } v ? CsvCellEditor.Quote(Exact.Grouped(v)) : "").Append('\n');
        return (line++, prefix.Length + 1);
    }
}
