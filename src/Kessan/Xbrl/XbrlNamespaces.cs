using System.Xml.Linq;

namespace Kessan.Xbrl;

/// <summary>The namespaces of XBRL 2.1, XBRL Dimensions, Inline XBRL 1.1 and Transformation Registry 4.</summary>
public static class XbrlNamespaces
{
    /// <summary>XBRL 2.1 instances (<c>xbrli</c>).</summary>
    public static readonly XNamespace Xbrli = "http://www.xbrl.org/2003/instance";

    /// <summary>XBRL 2.1 linkbases (<c>link</c>).</summary>
    public static readonly XNamespace Link = "http://www.xbrl.org/2003/linkbase";

    /// <summary>XLink (<c>xlink</c>).</summary>
    public static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    /// <summary>XBRL Dimensions 1.0 instances (<c>xbrldi</c>).</summary>
    public static readonly XNamespace Xbrldi = "http://xbrl.org/2006/xbrldi";

    /// <summary>XBRL Dimensions 1.0 taxonomies (<c>xbrldt</c>).</summary>
    public static readonly XNamespace Xbrldt = "http://xbrl.org/2005/xbrldt";

    /// <summary>ISO 4217 currency measures (<c>iso4217</c>).</summary>
    public static readonly XNamespace Iso4217 = "http://www.xbrl.org/2003/iso4217";

    /// <summary>XML Schema (<c>xs</c>).</summary>
    public static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";

    /// <summary>XML Schema instances (<c>xsi</c>), for <c>xsi:nil</c>.</summary>
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Inline XBRL 1.1 (<c>ix</c>).</summary>
    public static readonly XNamespace Ix = "http://www.xbrl.org/2013/inlineXBRL";

    /// <summary>Inline XBRL Transformation Registry 4 (<c>ixt</c>).</summary>
    public static readonly XNamespace Ixt = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12";

    /// <summary>XHTML.</summary>
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary><c>xbrli:shares</c>.</summary>
    public static XName Shares => Xbrli + "shares";

    /// <summary><c>xbrli:pure</c>.</summary>
    public static XName Pure => Xbrli + "pure";
}
