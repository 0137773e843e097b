using System.Collections.Immutable;
using Kessan.Diagnostics;
using Kessan.Model;

namespace Kessan.Ingest;

/// <summary>
/// Reads what package.yaml says of the company: its names, listing and officers, the convenience translation,
/// share data, filing dates and the largest shareholder.
/// </summary>
internal static partial class CompanySettingsReader
{
    public static Company? ReadCompany(MappingReader m)
    {
        var c = m.Mapping("company", true, "name", "short_name", "xbrl_prefix", "founded", "listings", "address", "url",
            "ir_url", "ir_email", "telephone", "telephone_domestic", "representative", "contact", "entity_identifier");
        if (c is null)
        {
            return null;
        }
        var name = c.String("name", required: true);
        var shortName = c.String("short_name", required: true);
        var prefix = c.String("xbrl_prefix", required: true);
        if (prefix is not null && !XbrlPrefixPattern().IsMatch(prefix))
        {
            c.Bag.Error(DiagnosticCodes.InvalidValue, "'xbrl_prefix' must be lower-case letters, digits and hyphens, starting with a letter.", c.LocationOf("xbrl_prefix"));
            prefix = null;
        }
        else if (prefix is not null && XbrlPrefixes.IsReserved(prefix))
        {
            c.Bag.Error(DiagnosticCodes.InvalidValue, $"'xbrl_prefix: {prefix}' is the prefix XBRL documents use for another namespace; choose the company's own (its ticker in lower case, say).",
                c.LocationOf("xbrl_prefix"));
            prefix = null;
        }
        var listings = ImmutableArray.CreateBuilder<Listing>();
        foreach (var node in c.List("listings") ?? [])
        {
            var l = c.File.AsMapping(node, "listing", "exchange", "code");
            var exchange = l?.String("exchange", required: true);
            var code = l?.String("code", required: true);
            if (exchange is not null && code is not null)
            {
                listings.Add(new Listing(exchange, code));
            }
        }
        if (name is null || shortName is null || prefix is null)
        {
            return null;
        }
        return new Company
        {
            Name = name,
            ShortName = shortName,
            XbrlPrefix = prefix,
            Founded = c.Int("founded"),
            Listings = listings.ToImmutable(),
            Address = c.String("address"),
            Url = c.String("url"),
            IrUrl = c.String("ir_url"),
            IrEmail = c.String("ir_email"),
            Telephone = c.String("telephone"),
            TelephoneDomestic = c.String("telephone_domestic"),
            Representative = ReadPerson(c, "representative"),
            Contact = ReadPerson(c, "contact"),
            EntityIdentifier = ReadEntityIdentifier(c),
        };
    }

    /// <summary><c>entity_identifier: {scheme: cik, value: "0000320193"}</c>, or null when absent or invalid (reported).</summary>
    private static EntityIdentifier? ReadEntityIdentifier(MappingReader c)
    {
        var e = c.Mapping("entity_identifier", false, "scheme", "value");
        var scheme = e?.String("scheme", required: true);
        var value = e?.String("value", required: true);
        if (e is null || scheme is null || value is null)
        {
            return null;
        }
        if (!EntityIdentifier.Schemes.ContainsKey(scheme))
        {
            e.Bag.Error(DiagnosticCodes.InvalidValue, $"The entity identifier's scheme must be one of {string.Join(", ", EntityIdentifier.Schemes.Keys)}.", e.LocationOf("scheme"));
            return null;
        }
        var id = EntityIdentifier.Parse(scheme, value, out var why);
        if (id is null)
        {
            e.Bag.Error(DiagnosticCodes.InvalidValue, why!, e.LocationOf("value"));
        }
        return id;
    }

    private static Person? ReadPerson(MappingReader c, string key)
    {
        var p = c.Mapping(key, false, "name", "title");
        var name = p?.String("name", required: true);
        var title = p?.String("title", required: true);
        return name is null || title is null ? null : new Person(name, title);
    }

    public static ConvenienceTranslation? ReadTranslation(MappingReader m)
    {
        var t = m.Mapping("convenience_translation", false, "currency", "rate", "rate_date", "wording", "short_wording");
        if (t is null)
        {
            return null;
        }
        var currencyText = t.String("currency", required: true);
        var rate = t.Decimal("rate", required: true, positive: true);
        var date = t.Date("rate_date", required: true);
        var wording = t.String("wording", required: true);
        var currency = currencyText is null ? null : Unit.TryBuiltIn(currencyText.Trim());
        if (currencyText is not null && currency?.Kind != UnitKind.Currency)
        {
            t.Bag.Error(DiagnosticCodes.InvalidValue, "'currency' must be an ISO 4217 code such as USD.", t.LocationOf("currency"));
            currency = null;
        }
        if (currency is null || rate is null || date is null || wording is null)
        {
            return null;
        }
        return new ConvenienceTranslation
        {
            Currency = currency,
            Rate = rate.Value,
            RateDate = date.Value,
            Wording = wording.Trim(),
            ShortWording = t.String("short_wording")?.Trim(),
        };
    }

    public static ShareData ReadShares(MappingReader m)
    {
        var s = m.Mapping("shares", false, "splits", "restated_from", "ads_per_share");
        if (s is null)
        {
            return new ShareData();
        }
        var splits = ImmutableArray.CreateBuilder<StockSplit>();
        foreach (var node in s.List("splits") ?? [])
        {
            var sp = s.File.AsMapping(node, "split", "effective", "ratio");
            var effective = sp?.Date("effective", required: true);
            var ratio = sp?.Decimal("ratio", required: true, positive: true);
            if (effective is not null && ratio is not null)
            {
                splits.Add(new StockSplit(effective.Value, ratio.Value, sp!.Location));
            }
        }
        return new ShareData
        {
            Splits = [.. splits.OrderBy(x => x.Effective)],
            RestatedFrom = s.Date("restated_from"),
            AdsPerShare = s.Decimal("ads_per_share", positive: true),
        };
    }

    public static FilingInfo ReadFiling(MappingReader m)
    {
        var f = m.Mapping("filing", false, "shareholders_meeting", "dividend_payment_start", "annual_report_filing",
            "supplemental_material", "presentation", "disclosures");
        if (f is null)
        {
            return new FilingInfo();
        }
        var disclosures = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        foreach (var node in f.List("disclosures") ?? [])
        {
            var d = f.File.AsMapping(node, "disclosure", "label", "answer");
            var label = d?.String("label", required: true);
            var answer = d?.String("answer", required: true);
            if (label is not null && answer is not null)
            {
                disclosures.Add(new(label.Trim(), answer.Trim()));
            }
        }
        return new FilingInfo
        {
            ShareholdersMeeting = f.Date("shareholders_meeting"),
            DividendPaymentStart = f.Date("dividend_payment_start"),
            AnnualReportFiling = f.Date("annual_report_filing"),
            SupplementalMaterial = f.Bool("supplemental_material") ?? false,
            Presentation = f.String("presentation"),
            Disclosures = disclosures.ToImmutable(),
        };
    }

    public static LargestShareholder? ReadLargestShareholder(MappingReader m)
    {
        var l = m.Mapping("largest_shareholder", false, "name", "relationship", "as_of", "exchanges");
        if (l is null)
        {
            return null;
        }
        var name = l.String("name", required: true);
        var relationship = l.String("relationship", required: true);
        var asOf = l.Date("as_of", required: true);
        var exchanges = l.StringList("exchanges") ?? [];
        if (name is null || relationship is null || asOf is null)
        {
            return null;
        }
        return new LargestShareholder
        {
            Name = name.Trim(),
            Relationship = relationship.Trim(),
            AsOf = asOf.Value,
            Exchanges = [.. exchanges.Select(e => e.Text)],
        };
    }

    // Source-generated: no regular expression is parsed or compiled when a package is read.
    [System.Text.RegularExpressions.GeneratedRegex("^[a-z][a-z0-9-]*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex XbrlPrefixPattern();
}
