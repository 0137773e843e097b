using System.Runtime.InteropServices;
using Kessan.Model;

namespace Kessan.Rendering.Json;

/// <summary>
/// The texts <c>figures.json</c> repeats, each made once per file: a period's ISO form and its name in the company's
/// calendar (every figure and every step of its provenance names its period), and a fact's id (every step that is a fact).
/// </summary>
/// <remarks>Not thread-safe: one per file written.</remarks>
internal sealed class FiguresJsonTexts(FiscalCalendar calendar)
{
    private readonly Dictionary<Period, string> names = [];
    private readonly Dictionary<Period, string> isos = [];
    private readonly Dictionary<FactKey, string> factIds = [];

    /// <summary>The period's name in the company's calendar (<c>FY2012</c>).</summary>
    public string NameOf(Period period)
    {
        ref var text = ref CollectionsMarshal.GetValueRefOrAddDefault(names, period, out _);
        return text ??= calendar.NameOf(period);
    }

    /// <summary>The period in ISO form (<c>2012-04-01..2013-03-31</c>).</summary>
    public string IsoOf(Period period)
    {
        ref var text = ref CollectionsMarshal.GetValueRefOrAddDefault(isos, period, out _);
        return text ??= period.ToString();
    }

    /// <summary>The fact's id (<see cref="FiguresJsonWriter.FactId"/>).</summary>
    public string IdOf(Fact fact)
    {
        ref var text = ref CollectionsMarshal.GetValueRefOrAddDefault(factIds, fact.Key, out _);
        return text ??= FiguresJsonWriter.FactId(fact);
    }
}
