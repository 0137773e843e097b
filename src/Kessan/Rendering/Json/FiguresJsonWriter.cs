using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kessan.Derivation;
using Kessan.Derivation.Evaluation;
using Kessan.Derivation.Figures;
using Kessan.Document;
using Kessan.Layout;
using Kessan.Model;

namespace Kessan.Rendering.Json;

/// <summary>
/// Writes <c>figures.json</c>: every figure of the release with its id, label, period, unit, display
/// format, exact value, the interval its inputs' rounding allows, its displayed text, any footing
/// adjustment, the rule that computed it, and its inputs down to the facts; every fact those inputs use,
/// once, with the file:line:column of each place it was read from and the figures that use it; every
/// displayed sum with whether it holds; and every chart with the figure each of its bars draws.
/// </summary>
/// <remarks>
/// A provenance step that is a fact names it by its id (<c>Revenues@2012-04-01..2013-03-31</c>: concept,
/// dimensions in brackets, ISO period, and <c>#target</c> or <c>#forecast</c> unless actual), which is the
/// key of the fact in <c>facts</c>.
/// </remarks>
public static class FiguresJsonWriter
{
    /// <summary>Writes the figures of a build as indented JSON.</summary>
    public static string Write(ReleasePackage package, BuildResult build) => Encoding.UTF8.GetString(WriteUtf8(package, build));

    /// <summary>Writes the figures of a build as indented JSON, encoded in UTF-8 (the bytes of <c>figures.json</c>).</summary>
    public static byte[] WriteUtf8(ReleasePackage package, BuildResult build)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(build);
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("package"u8, package.Name);
            json.WriteString("company"u8, package.Company.Name);
            json.WriteString("fiscal_year"u8, package.Calendar.NameOf(package.Reporting.CurrentYear));
            json.WriteString("currency"u8, package.Reporting.Currency.Id);
            json.WriteNumber("figure_count"u8, build.Figures.Length);
            json.WriteNumber("adjustment_count"u8, build.Figures.Count(f => f.Adjustment is not null));
            var texts = new FiguresJsonTexts(package.Calendar);
            var facts = FactsUsed(build);
            // Counted as check counts them: every fact of the package. The facts listed below are those a figure
            // uses (facts_used_count); the rest are checked but not shown.
            json.WriteNumber("fact_count"u8, package.Facts.Count);
            json.WriteNumber("facts_used_count"u8, facts.Count);
            json.WriteStartArray("figures"u8);
            foreach (var f in build.Figures)
            {
                WriteFigure(json, texts, f);
            }
            json.WriteEndArray();
            json.WriteStartArray("facts"u8);
            foreach (var (fact, users) in facts.Values)
            {
                WriteFact(json, texts, fact, users);
            }
            json.WriteEndArray();
            json.WriteStartArray("sums"u8);
            var byId = build.Figures.ToDictionary(f => f.Id, StringComparer.Ordinal);
            foreach (var sum in build.Sums)
            {
                json.WriteStartObject();
                json.WriteString("table"u8, sum.TableId);
                json.WriteString("description"u8, sum.Description);
                json.WriteBoolean("footed"u8, sum.Footed);
                json.WriteBoolean("holds"u8, Holds(sum, byId));
                json.WriteStartArray("terms"u8);
                foreach (var (id, weight) in sum.Terms)
                {
                    json.WriteStartObject();
                    json.WriteString("figure"u8, id);
                    json.WriteNumber("weight"u8, weight);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("charts"u8);
            foreach (var chart in build.Charts)
            {
                WriteChart(json, chart);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A chart: where it is drawn, how, and the figure of each bar by category and series.</summary>
    private static void WriteChart(Utf8JsonWriter json, ReleaseChart chart)
    {
        json.WriteStartObject();
        json.WriteString("id"u8, chart.Id);
        json.WriteString("section"u8, chart.SectionId);
        json.WriteString("kind"u8, chart.Kind switch { ChartKind.GroupedBar => "grouped_bar", ChartKind.Waterfall => "waterfall", _ => "bar" });
        json.WriteString("title"u8, chart.Title);
        json.WriteStartArray("series"u8);
        foreach (var s in chart.Series)
        {
            json.WriteStringValue(s);
        }
        json.WriteEndArray();
        json.WriteStartArray("categories"u8);
        for (var c = 0; c < chart.Categories.Length; c++)
        {
            json.WriteStartObject();
            json.WriteString("label"u8, chart.Categories[c]);
            json.WriteStartArray("figures"u8);
            foreach (var id in chart.FigureIds[c])
            {
                json.WriteStringValue(id);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The id of a fact in <c>figures.json</c>.</summary>
    public static string FactId(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var dims = fact.Dimensions.IsEmpty ? "" : "[" + fact.Dimensions + "]";
        var status = fact.Status == FactStatus.Actual ? "" : "#" + fact.Status.ToString().ToLowerInvariant();
        return fact.ConceptId + dims + "@" + fact.Period + status;
    }

    /// <summary>Every fact the figures use, in order of first use, with the ids of the figures that use it.</summary>
    private static Dictionary<FactKey, (Fact Fact, List<string> Users)> FactsUsed(BuildResult build)
    {
        var facts = new Dictionary<FactKey, (Fact, List<string>)>();
        foreach (var figure in build.Figures)
        {
            if (figure.Value is not { } v)
            {
                continue;
            }
            foreach (var fact in v.Provenance.Facts())
            {
                if (!facts.TryGetValue(fact.Key, out var entry))
                {
                    entry = (fact, []);
                    facts[fact.Key] = entry;
                }
                entry.Item2.Add(figure.Id);
            }
        }
        return facts;
    }

    private static void WriteFact(Utf8JsonWriter json, FiguresJsonTexts texts, Fact fact, List<string> users)
    {
        json.WriteStartObject();
        json.WriteString("id"u8, texts.IdOf(fact));
        json.WriteString("concept"u8, fact.ConceptId);
        json.WriteString("period"u8, texts.IsoOf(fact.Period));
        json.WriteString("period_name"u8, texts.NameOf(fact.Period));
        if (!fact.Dimensions.IsEmpty)
        {
            json.WriteString("dimensions"u8, fact.Dimensions.ToString());
        }
        json.WriteString("status"u8, fact.Status.ToString().ToLowerInvariant());
        json.WriteString("unit"u8, fact.Unit.Id);
        json.WriteString("value"u8, fact.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("precision"u8, fact.Precision.ToString());
        json.WriteStartArray("sources"u8);
        foreach (var r in fact.Reports)
        {
            json.WriteStringValue(r.Source.ToString());
        }
        json.WriteEndArray();
        json.WriteStartArray("figures"u8);
        foreach (var id in users)
        {
            json.WriteStringValue(id);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>True when the displayed values of a sum's figures add up.</summary>
    private static bool Holds(DisplayedSum sum, Dictionary<string, Figure> byId)
    {
        var total = Model.Rational.Zero;
        foreach (var (id, weight) in sum.Terms)
        {
            if (byId[id].Displayed is not { } d)
            {
                return false;
            }
            total += weight > 0 ? d : -d;
        }
        return total.IsZero;
    }

    private static void WriteFigure(Utf8JsonWriter json, FiguresJsonTexts texts, Figure f)
    {
        json.WriteStartObject();
        json.WriteString("id"u8, f.Id);
        json.WriteString("label"u8, f.Label);
        json.WriteString("expression"u8, f.Key.Expression);
        json.WriteStartObject("period"u8);
        json.WriteString("iso"u8, texts.IsoOf(f.Key.Period));
        json.WriteString("name"u8, texts.NameOf(f.Key.Period));
        json.WriteEndObject();
        json.WriteString("status"u8, f.Key.Status.ToString().ToLowerInvariant());
        json.WriteStartObject("format"u8);
        json.WriteString("name"u8, f.Format.Name);
        json.WriteNumber("scale"u8, f.Format.Scale);
        json.WriteNumber("decimals"u8, f.Format.Decimals);
        json.WriteBoolean("percent"u8, f.Format.Percent);
        json.WriteEndObject();
        if (f.Value is { } v)
        {
            json.WriteString("unit"u8, v.Unit.Id);
            json.WriteString("exact"u8, v.Value.ToString(12));
            json.WriteStartObject("interval"u8);
            if (v.Low is { } low && v.High is { } high)
            {
                json.WriteString("low"u8, low.ToString(12));
                json.WriteString("high"u8, high.ToString(12));
            }
            else
            {
                json.WriteNull("low"u8);
                json.WriteNull("high"u8);
            }
            json.WriteEndObject();
            json.WriteString("independent"u8, f.Independent!.Value.ToString(f.Format.Decimals));
            json.WriteString("displayed"u8, f.Displayed!.Value.ToString(f.Format.Decimals));
            json.WriteString("text"u8, f.Text);
            json.WriteString("rule"u8, v.Provenance.Rule);
            if (f.Adjustment is { } a)
            {
                json.WriteStartObject("adjustment"u8);
                json.WriteString("delta"u8, a.Delta.ToString(f.Format.Decimals));
                json.WriteString("reason"u8, a.Reason);
                json.WriteEndObject();
            }
            json.WritePropertyName("provenance"u8);
            WriteProvenance(json, texts, v.Provenance);
        }
        else
        {
            json.WriteString("text"u8, f.Text);
            json.WriteString("failure"u8, f.Failure);
        }
        json.WriteStartArray("appears_in"u8);
        foreach (var place in f.AppearsIn)
        {
            json.WriteStringValue(place);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteProvenance(Utf8JsonWriter json, FiguresJsonTexts texts, Provenance p)
    {
        json.WriteStartObject();
        json.WriteString("rule"u8, p.Rule);
        json.WriteString("formula"u8, p.Formula);
        json.WriteString("value"u8, p.Value.ToString(12));
        if (p.Period is { } period)
        {
            json.WriteString("period"u8, texts.NameOf(period));
        }
        if (p.Fact is { } fact)
        {
            json.WriteString("fact"u8, texts.IdOf(fact));
        }
        if (!p.Inputs.IsEmpty)
        {
            json.WriteStartArray("inputs"u8);
            foreach (var input in p.Inputs)
            {
                WriteProvenance(json, texts, input);
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }
}
