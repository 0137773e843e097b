namespace Kessan.Xbrl;

/// <summary>The arcroles of XBRL Dimensions 1.0 that a definition linkbase of closed segment hypercubes uses.</summary>
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
}
