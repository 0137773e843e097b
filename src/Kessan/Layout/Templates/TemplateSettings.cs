using System.Collections.Immutable;
using System.Globalization;
using Kessan.Model;

namespace Kessan.Layout.Templates;

/// <summary>
/// Every setting a template can name (<c>{{ setting:company.name }}</c>), each with how it is read from the
/// <see cref="ReleasePackage"/>: the layout reader reports a name that is not here, and the document shows the
/// text read here, so a setting cannot be known to one and not the other.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Dates read as <c>MMMM d, yyyy</c> and numbers with the invariant culture; a
/// setting the package leaves out reads as the empty string.
/// </remarks>
public static class TemplateSettings
{
    /// <summary>The settings, in listing order (the order "did you mean" hints consider them in).</summary>
    public static ImmutableArray<TemplateSetting> All { get; } =
    [
        new("company.name", p => p.Company.Name),
        new("company.short_name", p => p.Company.ShortName),
        new("company.address", p => p.Company.Address ?? ""),
        new("company.url", p => p.Company.Url ?? ""),
        new("company.ir_url", p => p.Company.IrUrl ?? ""),
        new("company.ir_email", p => p.Company.IrEmail ?? ""),
        new("company.telephone", p => p.Company.Telephone ?? ""),
        new("company.telephone_domestic", p => p.Company.TelephoneDomestic ?? p.Company.Telephone ?? ""),
        new("company.representative.name", p => p.Company.Representative?.Name ?? ""),
        new("company.representative.title", p => p.Company.Representative?.Title ?? ""),
        new("company.contact.name", p => p.Company.Contact?.Name ?? ""),
        new("company.contact.title", p => p.Company.Contact?.Title ?? ""),
        new("company.founded", p => p.Company.Founded?.ToString(CultureInfo.InvariantCulture) ?? ""),
        new("listing.1.exchange", p => p.Company.Listings.ElementAtOrDefault(0)?.Exchange ?? ""),
        new("listing.1.code", p => p.Company.Listings.ElementAtOrDefault(0)?.Code ?? ""),
        new("listing.2.exchange", p => p.Company.Listings.ElementAtOrDefault(1)?.Exchange ?? ""),
        new("listing.2.code", p => p.Company.Listings.ElementAtOrDefault(1)?.Code ?? ""),
        new("release_date", p => Date(p.Reporting.ReleaseDate)),
        new("reporting.framework", p => p.Reporting.Framework),
        new("reporting.current_year", p => p.Calendar.NameOf(p.Reporting.CurrentYear)),
        new("reporting.prior_year", p => p.Calendar.NameOf(p.Reporting.PriorYear)),
        new("translation.rate", p => p.Translation?.Rate.ToString(CultureInfo.InvariantCulture) ?? ""),
        new("translation.rate_date", p => Date(p.Translation?.RateDate)),
        new("translation.wording", p => Wording(p, p.Translation?.Wording)),
        new("translation.short_wording", p => Wording(p, p.Translation?.ShortWording)),
        new("split.ratio", p => p.Shares.Splits.FirstOrDefault() is { } split ? "1:" + split.Ratio.ToString("0.##", CultureInfo.InvariantCulture) : ""),
        new("split.date", p => Date(p.Shares.Splits.FirstOrDefault()?.Effective)),
        new("ads_per_share", p => p.Shares.AdsPerShare?.ToString(CultureInfo.InvariantCulture) ?? ""),
        new("filing.shareholders_meeting", p => Date(p.Filing.ShareholdersMeeting)),
        new("filing.dividend_payment_start", p => Date(p.Filing.DividendPaymentStart)),
        new("filing.annual_report_filing", p => Date(p.Filing.AnnualReportFiling)),
        new("filing.supplemental_material", p => p.Filing.SupplementalMaterial ? "Yes" : "No"),
        new("filing.presentation", p => p.Filing.Presentation ?? ""),
        Disclosure(1),
        Disclosure(2),
        Disclosure(3),
        Disclosure(4),
        Disclosure(5),
        new("largest_shareholder.name", p => p.LargestShareholder?.Name ?? ""),
        new("largest_shareholder.relationship", p => p.LargestShareholder?.Relationship ?? ""),
        new("largest_shareholder.as_of", p => Date(p.LargestShareholder?.AsOf)),
        new("largest_shareholder.exchanges", p => string.Join(" ", p.LargestShareholder?.Exchanges ?? [])),
        .. RelativePeriod("current"), .. RelativePeriod("prior"), .. RelativePeriod("current_year"), .. RelativePeriod("prior_year"), .. RelativePeriod("next_year"),
        .. RelativePeriod("current_ytd"), .. RelativePeriod("prior_ytd"), .. RelativePeriod("current_quarter"), .. RelativePeriod("prior_quarter"),
    ];

    private static readonly ImmutableDictionary<string, TemplateSetting> ByName = All.ToImmutableDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>The names, in listing order.</summary>
    public static ImmutableArray<string> Names { get; } = [.. All.Select(s => s.Name)];

    /// <summary>The setting named <paramref name="name"/> (case-sensitive), or null.</summary>
    public static TemplateSetting? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The n-th disclosure of the filing (1-based), empty when the package lists fewer.</summary>
    private static TemplateSetting Disclosure(int n) =>
        new("filing.disclosure." + n.ToString(CultureInfo.InvariantCulture), p => n <= p.Filing.Disclosures.Length ? p.Filing.Disclosures[n - 1].Value : "");

    /// <summary>
    /// A relative period's name by the calendar (<c>period.prior</c>: "1Q22"), first day (<c>period.prior.start</c>) and last
    /// day (<c>period.prior.end</c>: "December 25, 2021"), so that headers and text roll forward with the current period.
    /// </summary>
    private static IEnumerable<TemplateSetting> RelativePeriod(string name)
    {
        static Period? Of(ReleasePackage p, string name) => p.Calendar.TryParse(name, out var period) ? period : null;
        yield return new("period." + name, p => Of(p, name) is { } period ? p.Calendar.NameOf(period) : "");
        yield return new("period." + name + ".start", p => Date(Of(p, name)?.Start));
        yield return new("period." + name + ".end", p => Date(Of(p, name)?.End));
        yield return new("period." + name + ".span", p => Of(p, name) is { } period ? Span(p.Calendar, period) : "");
        yield return new("period." + name + ".ended", p => Of(p, name) is { } period ? TitleCase(Span(p.Calendar, period)) + " Ended" : "");
    }

    /// <summary>
    /// How long a period is, as statements say it: "three months" for a quarter (also of 13 or 14 weeks), "six months" for a
    /// half, "nine months", "twelve months" for a fiscal year; another duration by its whole months, an instant "".
    /// </summary>
    private static string Span(FiscalCalendar calendar, Period period)
    {
        if (period.IsInstant)
        {
            return "";
        }
        var year = calendar.FiscalYearOf(period.Start);
        var months = period == calendar.FiscalYear(year) ? 12
            : Enumerable.Range(1, 4).Any(q => calendar.Quarter(year, q) == period) ? 3
            : Enumerable.Range(1, 2).Any(h => calendar.Half(year, h) == period) ? 6
            : period == calendar.YearToDate(year, 9) ? 9
            : (period.End.Year - period.Start.Year) * 12 + period.End.Month - period.Start.Month + (period.End.AddDays(1).Day == 1 ? 1 : 0);
        string[] words = ["", "one month", "two months", "three months", "four months", "five months", "six months", "seven months", "eight months",
            "nine months", "ten months", "eleven months", "twelve months"];
        return months is >= 1 and <= 12 ? words[months] : months.ToString(CultureInfo.InvariantCulture) + " months";
    }

    private static string TitleCase(string text) =>
        string.Join(' ', text.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    private static string Date(DateOnly? date) => date?.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A translation wording with its <c>{rate}</c> and <c>{rate_date}</c> filled in.</summary>
    private static string Wording(ReleasePackage package, string? text) => (text ?? "")
        .Replace("{rate}", package.Translation?.Rate.ToString(CultureInfo.InvariantCulture) ?? "", StringComparison.Ordinal)
        .Replace("{rate_date}", Date(package.Translation?.RateDate), StringComparison.Ordinal);
}
