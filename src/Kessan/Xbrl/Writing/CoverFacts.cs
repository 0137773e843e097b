using System.Globalization;
using System.Xml.Linq;
using Kessan.Model;

namespace Kessan.Xbrl.Writing;

/// <summary>
/// The cover facts (dei) of the XBRL files: document type (<c>reporting.xbrl_document_type</c>, "Other" by default), the
/// current period's end date, fiscal year focus and period focus (FY, H1, H2, Q1-Q4), the registrant's name and, for an SEC
/// registrant, its central index key. They are non-numeric, in the context of the current period with no dimension.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class CoverFacts
{
    /// <summary>The cover facts of a package: element and text, in the order written.</summary>
    public static IReadOnlyList<(XName Name, string Text)> Of(ReleasePackage package, XbrlVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var dei = XNamespace.Get(vocabulary.UsGaap.DeiNamespace);
        var r = package.Reporting;
        var calendar = package.Calendar;
        var year = calendar.FiscalYearOf(r.CurrentPeriod.Start);
        var facts = new List<(XName, string)>
        {
            (dei + "DocumentType", r.XbrlDocumentType),
            (dei + "DocumentPeriodEndDate", r.CurrentPeriod.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            (dei + "DocumentFiscalYearFocus", year.ToString(CultureInfo.InvariantCulture)),
            (dei + "DocumentFiscalPeriodFocus", PeriodFocus(calendar, year, r.CurrentPeriod)),
            (dei + "EntityRegistrantName", package.Company.Name),
        };
        if (vocabulary.EntityScheme == Model.EntityIdentifier.CikScheme)
        {
            facts.Add((dei + "EntityCentralIndexKey", vocabulary.EntityIdentifier));
        }
        return facts;
    }

    /// <summary>The context of the cover facts: the current period, no dimension, actual.</summary>
    public static Period ContextPeriod(ReleasePackage package) => package.Reporting.CurrentPeriod;

    /// <summary>dei's fiscal period focus: FY for a year, H1 or H2 for a half, Q1-Q4 for a quarter.</summary>
    private static string PeriodFocus(FiscalCalendar calendar, int year, Period period)
    {
        for (var q = 1; q <= 4; q++)
        {
            if (calendar.Quarter(year, q) == period)
            {
                return "Q" + q.ToString(CultureInfo.InvariantCulture);
            }
        }
        for (var h = 1; h <= 2; h++)
        {
            if (calendar.Half(year, h) == period)
            {
                return "H" + h.ToString(CultureInfo.InvariantCulture);
            }
        }
        return "FY";
    }
}
