using System.Collections.Immutable;
using Kessan.Diagnostics;

namespace Kessan.Model;

/// <summary>A stock exchange listing.</summary>
/// <param name="Exchange">Exchange name, e.g. "NASDAQ" or "Tokyo Stock Exchange First Section".</param>
/// <param name="Code">Ticker or stock code, e.g. "IIJI" or "3774".</param>
public sealed record Listing(string Exchange, string Code);

/// <summary>A person named in the release (representative, contact).</summary>
/// <param name="Name">Full name.</param>
/// <param name="Title">Title as printed.</param>
public sealed record Person(string Name, string Title);

/// <summary>The company that publishes the release.</summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record Company
{
    /// <summary>Legal name in English.</summary>
    public required string Name { get; init; }

    /// <summary>Short name used in text, e.g. "IIJ".</summary>
    public required string ShortName { get; init; }

    /// <summary>Prefix for the company's XBRL extension elements, e.g. "iij".</summary>
    public required string XbrlPrefix { get; init; }

    /// <summary>Listings.</summary>
    public ImmutableArray<Listing> Listings { get; init; } = [];

    /// <summary>How XBRL identifies the company (<c>entity_identifier</c>); null to take its Tokyo Stock Exchange listing's code.</summary>
    public EntityIdentifier? EntityIdentifier { get; init; }

    /// <summary>Head office address, or null.</summary>
    public string? Address { get; init; }

    /// <summary>Corporate web site, or null.</summary>
    public string? Url { get; init; }

    /// <summary>Investor relations web site, or null.</summary>
    public string? IrUrl { get; init; }

    /// <summary>Investor relations e-mail, or null.</summary>
    public string? IrEmail { get; init; }

    /// <summary>Telephone, as printed, or null.</summary>
    public string? Telephone { get; init; }

    /// <summary>Telephone in the domestic form printed in exchange filings ("(03) 5259-6500"), or null.</summary>
    public string? TelephoneDomestic { get; init; }

    /// <summary>Representative director, or null.</summary>
    public Person? Representative { get; init; }

    /// <summary>Contact for the release, or null.</summary>
    public Person? Contact { get; init; }

    /// <summary>Founding year, or null.</summary>
    public int? Founded { get; init; }

    /// <inheritdoc/>
    public bool Equals(Company? other) =>
        other is not null && Name == other.Name && ShortName == other.ShortName && XbrlPrefix == other.XbrlPrefix
        && Listings.SequenceEqual(other.Listings) && Address == other.Address && Url == other.Url
        && IrUrl == other.IrUrl && IrEmail == other.IrEmail && Telephone == other.Telephone && TelephoneDomestic == other.TelephoneDomestic
        && Representative == other.Representative && Contact == other.Contact && Founded == other.Founded
        && EntityIdentifier == other.EntityIdentifier;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, ShortName, XbrlPrefix);
}

/// <summary>What the release reports and in which currency and scale.</summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record ReportingSettings
{
    /// <summary>Accounting framework, e.g. "U.S. GAAP".</summary>
    public required string Framework { get; init; }

    /// <summary>The reporting currency (an ISO 4217 currency unit).</summary>
    public required Unit Currency { get; init; }

    /// <summary>The default scale of monetary figures in fact files (thousands: 13,536,824 means 13,536,824,000 yen).</summary>
    public required Precision Scale { get; init; }

    /// <summary>The fiscal year the release reports (the one its current period is in).</summary>
    public required Period CurrentYear { get; init; }

    /// <summary>What the release reports (<c>release</c>); a full year unless the package says otherwise.</summary>
    public ReleaseKind Kind { get; init; }

    /// <summary>
    /// The period the release reports (<c>current_period</c>): a quarter or half of <see cref="CurrentYear"/> for a
    /// quarterly or half-year release, else the year itself.
    /// </summary>
    public Period CurrentPeriod
    {
        get => currentPeriod ?? CurrentYear;
        init => currentPeriod = value;
    }

    private readonly Period? currentPeriod;

    /// <summary>The fiscal year it is compared with.</summary>
    public required Period PriorYear { get; init; }

    /// <summary>The date of the release.</summary>
    public required DateOnly ReleaseDate { get; init; }

    /// <summary>Whether the figures are audited.</summary>
    public bool Audited { get; init; }

    /// <summary>The first US-GAAP taxonomy year Kessan writes.</summary>
    public const int FirstXbrlTaxonomyYear = 2012;

    /// <summary>The last US-GAAP taxonomy year Kessan writes.</summary>
    public const int LastXbrlTaxonomyYear = 2026;

    /// <summary>
    /// The year of the US-GAAP taxonomy the XBRL files use (<c>xbrl_taxonomy: us-gaap-2022</c>); null for the calendar
    /// year in which the current period ends.
    /// </summary>
    public int? XbrlTaxonomyYear { get; init; }

    /// <summary>The XBRL files' <c>dei:DocumentType</c> (<c>xbrl_document_type</c>): "Other" unless the package says, e.g. "8-K".</summary>
    public string XbrlDocumentType { get; init; } = "Other";
}

/// <summary>The convenience translation of yen figures into another currency at one rate.</summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record ConvenienceTranslation
{
    /// <summary>Target currency (USD).</summary>
    public required Unit Currency { get; init; }

    /// <summary>Units of the reporting currency per one unit of the target currency (94.16 yen per dollar).</summary>
    public required decimal Rate { get; init; }

    /// <summary>Date of the rate.</summary>
    public required DateOnly RateDate { get; init; }

    /// <summary>The wording the statements print under the translation (note text).</summary>
    public required string Wording { get; init; }

    /// <summary>Shorter wording used in the release's first footnote, or null.</summary>
    public string? ShortWording { get; init; }
}

/// <summary>A stock split: each share became <see cref="Ratio"/> shares on <see cref="Effective"/>.</summary>
/// <param name="Effective">The first day the split applies.</param>
/// <param name="Ratio">New shares per old share (200 for a 1:200 split).</param>
/// <param name="Location">Where the split is declared.</param>
public sealed record StockSplit(DateOnly Effective, decimal Ratio, SourceLocation Location);

/// <summary>Share data: splits, the restatement convention and the ADS ratio.</summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record ShareData
{
    /// <summary>Splits, in date order.</summary>
    public ImmutableArray<StockSplit> Splits { get; init; } = [];

    /// <summary>
    /// The date from which share counts and restated per-share figures are presented as if every split had
    /// already happened (the start of the prior fiscal year, for IIJ), or null when nothing is restated.
    /// </summary>
    public DateOnly? RestatedFrom { get; init; }

    /// <summary>American Depositary Shares per share (2 when one ADS is half a share); null when there are none.</summary>
    public decimal? AdsPerShare { get; init; }

    /// <summary>
    /// The product of the ratios of every split effective after <paramref name="day"/>: the number of
    /// today's shares one share on that day became. 1 when no split followed.
    /// </summary>
    public decimal SplitFactorAfter(DateOnly day)
    {
        var factor = 1m;
        foreach (var s in Splits)
        {
            if (s.Effective > day)
            {
                factor *= s.Ratio;
            }
        }
        return factor;
    }

    /// <inheritdoc/>
    public bool Equals(ShareData? other) =>
        other is not null && Splits.SequenceEqual(other.Splits) && RestatedFrom == other.RestatedFrom && AdsPerShare == other.AdsPerShare;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Splits.Length, RestatedFrom, AdsPerShare);
}

/// <summary>Dates and facts of the filing that the Tanshin summary prints.</summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record FilingInfo
{
    /// <summary>Date of the annual general meeting of shareholders, or null.</summary>
    public DateOnly? ShareholdersMeeting { get; init; }

    /// <summary>Date the year-end dividend starts to be paid, or null.</summary>
    public DateOnly? DividendPaymentStart { get; init; }

    /// <summary>Date the annual securities report is filed, or null.</summary>
    public DateOnly? AnnualReportFiling { get; init; }

    /// <summary>Whether supplemental material on the results is prepared.</summary>
    public bool SupplementalMaterial { get; init; }

    /// <summary>Results presentation, e.g. "Yes (for institutional investors and analysts)", or null.</summary>
    public string? Presentation { get; init; }

    /// <summary>Statements the exchange form requires as yes/no answers, in order (label, answer).</summary>
    public ImmutableArray<KeyValuePair<string, string>> Disclosures { get; init; } = [];

    /// <inheritdoc/>
    public bool Equals(FilingInfo? other) =>
        other is not null && ShareholdersMeeting == other.ShareholdersMeeting && DividendPaymentStart == other.DividendPaymentStart
        && AnnualReportFiling == other.AnnualReportFiling && SupplementalMaterial == other.SupplementalMaterial
        && Presentation == other.Presentation && Disclosures.SequenceEqual(other.Disclosures);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ShareholdersMeeting, DividendPaymentStart, AnnualReportFiling);
}

/// <summary>A piece of authored text (Markdown) of the release.</summary>
/// <param name="Id">Identifier: the file name without extension.</param>
/// <param name="Text">The Markdown text.</param>
/// <param name="Location">The file.</param>
public sealed record NarrativeText(string Id, string Text, SourceLocation Location);
