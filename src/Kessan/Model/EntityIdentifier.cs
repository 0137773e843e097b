using System.Globalization;
using System.Text.RegularExpressions;

namespace Kessan.Model;

/// <summary>
/// How XBRL identifies the company: an identifier in a scheme, written in every context of release.xbrl and
/// release.ixbrl.html. Immutable; equality by value.
/// </summary>
/// <param name="Scheme">The scheme's URI.</param>
/// <param name="Value">The identifier as XBRL writes it.</param>
public sealed partial record EntityIdentifier(string Scheme, string Value)
{
    /// <summary>The SEC's Central Index Key scheme.</summary>
    public const string CikScheme = "http://www.sec.gov/CIK";

    /// <summary>The Tokyo Stock Exchange's securities code scheme.</summary>
    public const string TseScheme = "http://www.tse.or.jp/sicc";

    /// <summary>The Legal Entity Identifier scheme (ISO 17442).</summary>
    public const string LeiScheme = "http://standards.iso.org/iso/17442";

    /// <summary>The schemes a package names, by the name it uses.</summary>
    public static IReadOnlyDictionary<string, string> Schemes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["cik"] = CikScheme,
        ["tse"] = TseScheme,
        ["lei"] = LeiScheme,
    };

    /// <summary>
    /// The identifier <paramref name="value"/> in the scheme named <paramref name="scheme"/> (<c>cik</c>, <c>tse</c>,
    /// <c>lei</c>) as XBRL writes it, or null with why when it is not one: a CIK is 1 to 10 digits, written with
    /// leading zeros to 10; a TSE code is four characters (digits and capital letters), written followed by 0; an LEI
    /// is 20 digits and capital letters whose last two check the rest (ISO 7064 MOD 97-10).
    /// </summary>
    public static EntityIdentifier? Parse(string scheme, string value, out string? why)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(value);
        why = null;
        switch (scheme)
        {
            case "cik" when CikPattern().IsMatch(value):
                return new EntityIdentifier(CikScheme, value.PadLeft(10, '0'));
            case "cik":
                why = "A CIK is 1 to 10 digits (\"0000320193\").";
                return null;
            case "tse" when TsePattern().IsMatch(value):
                return new EntityIdentifier(TseScheme, value.Length == 4 ? value + "0" : value);
            case "tse":
                why = "A Tokyo Stock Exchange securities code is four digits or capital letters (\"3774\"), or five ending in 0.";
                return null;
            case "lei" when LeiPattern().IsMatch(value) && LeiChecks(value):
                return new EntityIdentifier(LeiScheme, value);
            case "lei":
                why = "An LEI is 20 digits and capital letters whose last two are its check digits (ISO 17442).";
                return null;
            default:
                why = "The scheme must be cik, tse or lei.";
                return null;
        }
    }

    /// <summary>ISO 7064 MOD 97-10: the number the characters spell (A = 10 ... Z = 35) leaves 1 divided by 97.</summary>
    private static bool LeiChecks(string lei)
    {
        var remainder = 0;
        foreach (var c in lei)
        {
            var digits = char.IsAsciiDigit(c) ? (c - '0').ToString(CultureInfo.InvariantCulture) : (c - 'A' + 10).ToString(CultureInfo.InvariantCulture);
            foreach (var d in digits)
            {
                remainder = ((remainder * 10) + (d - '0')) % 97;
            }
        }
        return remainder == 1;
    }

    [GeneratedRegex("^[0-9]{1,10}$", RegexOptions.CultureInvariant)]
    private static partial Regex CikPattern();

    [GeneratedRegex("^[0-9A-Z]{4}0?$", RegexOptions.CultureInvariant)]
    private static partial Regex TsePattern();

    [GeneratedRegex("^[0-9A-Z]{20}$", RegexOptions.CultureInvariant)]
    private static partial Regex LeiPattern();
}
