namespace Kessan.Xbrl;

/// <summary>
/// The codes of problems found in an XBRL instance or an Inline XBRL document. Each is tied to the clause
/// of the specification that states the requirement, in the form XBRL processors use
/// (<c>xbrl.4.6.1:itemContextRef</c> is XBRL 2.1 section 4.6.1), so a finding can be compared with what
/// any other processor reports. Codes are stable.
/// </summary>
public static class XbrlCodes
{
    /// <summary>The document is not well-formed XML, or is not an XBRL instance at all.</summary>
    public const string Syntax = "xmlSchema:syntax";

    /// <summary>A value does not have the lexical form of its type (a number that is not an <c>xs:decimal</c>,
    /// a QName whose prefix is not declared).</summary>
    public const string ValueError = "xmlSchema:valueError";

    /// <summary>XBRL 2.1 §4.6.1: an item's <c>contextRef</c> names a context of the same instance.</summary>
    public const string ItemContextRef = "xbrl.4.6.1:itemContextRef";

    /// <summary>XBRL 2.1 §4.6.2: a numeric item has a <c>unitRef</c> naming a unit of the same instance.</summary>
    public const string NumericUnit = "xbrl.4.6.2:numericUnit";

    /// <summary>XBRL 2.1 §4.6.3: a numeric item that is not nil has <c>decimals</c> or <c>precision</c>.</summary>
    public const string MissingPrecisionDecimals = "xbrl.4.6.3:missingPrecisionDecimals";

    /// <summary>XBRL 2.1 §4.6.4: <c>precision</c> is a non-negative integer or INF. Kessan reads only
    /// <c>precision="INF"</c> (an exact value); any other precision is reported with this code.</summary>
    public const string Precision = "xbrl.4.6.4:precision";

    /// <summary>XBRL 2.1 §4.6.5: <c>decimals</c> is an integer or INF.</summary>
    public const string Decimals = "xbrl.4.6.5:decimals";

    /// <summary>XBRL 2.1 §4.7.1: context ids are unique in an instance.</summary>
    public const string DuplicateContextId = "xbrl.4.7.1:duplicateContextId";

    /// <summary>XBRL 2.1 §4.7.2: a period is an instant or a start date not after its end date.</summary>
    public const string PeriodStartBeforeEnd = "xbrl.4.7.2:periodStartBeforeEnd";

    /// <summary>XBRL 2.1 §4.7.2: a period Kessan cannot represent (<c>forever</c>, or a time of day other than midnight).</summary>
    public const string Period = "xbrl.4.7.2:period";

    /// <summary>XBRL 2.1 §4.8.1: unit ids are unique in an instance.</summary>
    public const string DuplicateUnitId = "xbrl.4.8.1:duplicateUnitId";

    /// <summary>Inline XBRL 1.1 §11.1.2 (via Transformation Registry 4): the <c>format</c> of an
    /// <c>ix:nonFraction</c> is not a known transformation, or its content is not in that format.</summary>
    public const string InvalidTransformation = "ix11.11.1.2:invalidTransformation";

    /// <summary>Calculations 1.1: the weighted sum of the contributing items' intervals does not intersect
    /// the interval of the total (round-to-nearest), or duplicates in the binding disagree.</summary>
    public const string InconsistentCalculation = "calc11e:inconsistentCalculationUsingRounding";

    /// <summary>Calculations 1.1: a fact in a calculation has non-zero digits beyond what its
    /// <c>decimals</c> says it is rounded to, so the interval it stands for is not defined.</summary>
    public const string ExcessDigits = "calc11e:excessDigits";

    /// <summary>XBRL Dimensions 1.0: no hypercube of the fact's concept allows the dimensions and members of
    /// its context (or, in Kessan's stricter rule, a fact of a concept without hypercubes has dimensions).</summary>
    public const string PrimaryItemDimensionallyInvalid = "xbrldie:PrimaryItemDimensionallyInvalidError";

    /// <summary>XBRL Dimensions 1.0: a context names a dimension's default member explicitly.</summary>
    public const string DefaultValueUsedInInstance = "xbrldie:DefaultValueUsedInInstanceError";

    /// <summary>XBRL 2.1 / XBRL Dimensions 1.0: a definition linkbase's locator, role or arc does not resolve
    /// (an element it points to is not declared, a role it uses has no roleRef, an arc names no locator).</summary>
    public const string Linkbase = "xbrl.3.5:linkbase";

    /// <summary>
    /// Two arcs of one extended link with the same <c>xlink:from</c> and <c>xlink:to</c> labels, which XLink 1.0
    /// (§5.1.3) forbids whatever their arcroles (the code Arelle reports).
    /// </summary>
    public const string DuplicateArcs = "xlink:dupArcs";
}
