namespace Kessan.Xbrl;

/// <summary>
/// The arcroles of XBRL Dimensions 1.0 that a definition linkbase of closed segment hypercubes uses, and those of the
/// calculation (Calculations 1.1) and presentation (XBRL 2.1) linkbases.
/// </summary>
public static class XbrlArcroles
{
    /// <summary>XBRL Dimensions' <c>all</c> arcrole: a primary item has a hypercube.</summary>
    public const string All = "http://xbrl.org/int/dim/arcrole/all";

    /// <summary>A hypercube has a dimension.</summary>
    public const string HypercubeDimension = "http://xbrl.org/int/dim/arcrole/hypercube-dimension";

    /// <summary>A dimension has a domain.</summary>
    public const string DimensionDomain = "http://xbrl.org/int/dim/arcrole/dimension-domain";

    /// <summary>A domain (or member) has a member.</summary>
    public const string DomainMember = "http://xbrl.org/int/dim/arcrole/domain-member";

    /// <summary>A dimension has a default.</summary>
    public const string DimensionDefault = "http://xbrl.org/int/dim/arcrole/dimension-default";

    /// <summary>Calculations 1.1's summation-item arcrole: a total is the weighted sum of its items.</summary>
    public const string SummationItem = "https://xbrl.org/2023/arcrole/summation-item";

    /// <summary>Where <see cref="SummationItem"/> is declared (its <c>arcroleRef</c>).</summary>
    public const string SummationItemDeclaration = "https://www.xbrl.org/2023/calculation-1.1.xsd#summation-item";

    /// <summary>XBRL 2.1's summation-item arcrole (the one Calculations 1.1 replaces).</summary>
    public const string SummationItem21 = "http://www.xbrl.org/2003/arcrole/summation-item";

    /// <summary>XBRL 2.1's parent-child arcrole of presentation links (standard: no <c>arcroleRef</c> needed).</summary>
    public const string ParentChild = "http://www.xbrl.org/2003/arcrole/parent-child";
}
