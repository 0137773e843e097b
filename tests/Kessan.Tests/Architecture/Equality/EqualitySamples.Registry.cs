using System.Collections.Immutable;
using System.Xml.Linq;
using Kessan.Derivation;
using Kessan.Derivation.Evaluation;
using Kessan.Derivation.Figures;
using Kessan.Derivation.Rounding;
using Kessan.Diagnostics;
using Kessan.Document;
using Kessan.Ingest;
using Kessan.Layout;
using Kessan.Layout.Expressions;
using Kessan.Layout.Formats;
using Kessan.Layout.Reading;
using Kessan.Layout.Templates;
using Kessan.Model;
using Kessan.Testing;
using Kessan.Validation;
using Kessan.Xbrl;
using Kessan.Xbrl.Checks;
using Kessan.Xbrl.Reading;

namespace Kessan.Tests.Architecture.Equality;

public static partial class EqualitySamples
{
    /// <summary>
    /// Two distinct samples of every type whose equality is written by hand (a meta-test keeps this complete), and
    /// of the types their properties hold that no generic rule covers. The first sample of a type is its fullest:
    /// every collection has an element and every optional part is set.
    /// </summary>
    private static readonly Dictionary<Type, TypeSamples> Registry = new()
    {
        // Kessan.Diagnostics
        [typeof(SourceLocation)] = Pair(Location, OtherLocation, () => new SourceLocation("layout/release.yaml", 12, 6), () => new SourceLocation("layout/release.yaml", 13, 5)),
        [typeof(Diagnostic)] = Pair(
            () => new Diagnostic("KSN301", DiagnosticSeverity.Error, "The total does not equal the sum of its items.", Location(), "1,000 against 999", [OtherLocation()]),
            () => new Diagnostic("KSN104", DiagnosticSeverity.Warning, "The fact belongs to no statement.", null)),

        // Kessan.Model: the value types, each with samples that differ in one component at a time.
        [typeof(Period)] = Pair(FiscalYear2012, () => Period.Instant(new DateOnly(2013, 3, 31)),
            () => Period.Duration(new DateOnly(2011, 4, 1), new DateOnly(2013, 3, 31)),
            () => Period.Duration(new DateOnly(2012, 4, 1), new DateOnly(2013, 3, 30)),
            () => Period.Instant(new DateOnly(2012, 4, 1))) with
        {
            EqualToA = () => Period.TryParseIso("2012-04-01..2013-03-31", out var p) ? p! : throw new InvalidOperationException(),
        },
        [typeof(Precision)] = Pair(() => Precision.Thousands, () => Precision.Millions,
            () => Precision.Exact, () => Precision.Units, () => Precision.FromDecimals(2)) with
        {
            EqualToA = () => Precision.FromDecimals(-3),
        },
        [typeof(Rational)] = Pair(() => Rational.Of(1, 3), () => Rational.Of(2, 3),
            () => Rational.Of(1, 4), () => Rational.Of(-1, 3), () => Rational.Zero, () => Rational.One) with
        {
            EqualToA = () => Rational.Of(-2, -6),
        },
        [typeof(DimensionSet)] = Pair(() => DimensionSet.Of([new DimensionValue("Segment", "ATM"), new DimensionValue("Brand", "IIJ")]), () => DimensionSet.Empty,
            () => DimensionSet.Of("Segment", "ATM"),
            () => DimensionSet.Of([new DimensionValue("Segment", "Network"), new DimensionValue("Brand", "IIJ")]),
            () => DimensionSet.Of([new DimensionValue("Segment", "ATM"), new DimensionValue("Region", "IIJ")])) with
        {
            EqualToA = () => DimensionSet.Of("Brand", "IIJ").With("Segment", "ATM"),
        },
        [typeof(ValueInterval)] = Pair(() => ValueInterval.FromBounds(1.5m, 2.5m), () => ValueInterval.Exact(2m),
            () => ValueInterval.FromBounds(1.5m, 3m), () => ValueInterval.FromBounds(1m, 2.5m)) with
        {
            EqualToA = () => ValueInterval.Of(2.000m, Precision.Units),
        },
        [typeof(Unit)] = Pair(() => Unit.OfCurrency("JPY"), () => Unit.Shares),
        [typeof(RelativePeriods)] = Pair(
            () => new RelativePeriods(Period.Duration(new DateOnly(2012, 4, 1), new DateOnly(2012, 6, 30)), FiscalYear2012(), Period.Duration(new DateOnly(2011, 4, 1), new DateOnly(2012, 3, 31))),
            () => new RelativePeriods(FiscalYear2012(), FiscalYear2012(), Period.Duration(new DateOnly(2011, 4, 1), new DateOnly(2012, 3, 31)))),
        [typeof(YearEnd)] = Pair(() => YearEnd.LastWeekday(DayOfWeek.Saturday, 9), () => YearEnd.OnDay(3, 31),
            () => YearEnd.NearestWeekday(DayOfWeek.Saturday, 9), () => YearEnd.LastWeekday(DayOfWeek.Sunday, 9)),
        [typeof(FiscalCalendar)] = Pair(
            () => new FiscalCalendar(YearEnd.LastWeekday(DayOfWeek.Saturday, 9), FiscalYearNaming.EndYear, [12, 12, 12, 16], 1),
            () => new FiscalCalendar(3, 31, FiscalYearNaming.StartYear),
            () => new FiscalCalendar(YearEnd.NearestWeekday(DayOfWeek.Saturday, 9), FiscalYearNaming.EndYear, [12, 12, 12, 16], 1),
            () => new FiscalCalendar(YearEnd.LastWeekday(DayOfWeek.Saturday, 9), FiscalYearNaming.StartYear, [12, 12, 12, 16], 1),
            () => new FiscalCalendar(YearEnd.LastWeekday(DayOfWeek.Saturday, 9), FiscalYearNaming.EndYear, [13, 13, 13, 13], 1),
            () => new FiscalCalendar(YearEnd.LastWeekday(DayOfWeek.Saturday, 9), FiscalYearNaming.EndYear, [12, 12, 12, 16], 4),
            () => new FiscalCalendar(YearEnd.LastWeekday(DayOfWeek.Saturday, 9), FiscalYearNaming.EndYear, [12, 12, 12, 16], 1)
                .RelativeTo(FiscalYear2012(), FiscalYear2012(), Period.Duration(new DateOnly(2011, 4, 1), new DateOnly(2012, 3, 31)))) with
        {
            EqualToA = () => new FiscalCalendar(YearEnd.LastWeekday(DayOfWeek.Saturday, 9), FiscalYearNaming.EndYear, new List<int> { 12, 12, 12, 16 }, 1),
        },

        // Kessan.Model: facts, taxonomy and settings.
        [typeof(FactKey)] = Pair(
            () => new FactKey("Revenues", FiscalYear2012(), DimensionSet.Of("Segment", "ATM"), "JPY", FactStatus.Target),
            () => new FactKey("Assets", Period.Instant(new DateOnly(2013, 3, 31)), DimensionSet.Empty, "shares", FactStatus.Actual)),
        [typeof(ReportedFact)] = Pair(
            () => new ReportedFact
            {
                Key = A<FactKey>(), Value = 13_536_824_000m, Precision = Precision.Thousands, Source = Location(),
                StatementId = "income-statement", Anchor = FactAnchor.End, ColumnPeriod = FiscalYear2012(), Note = "As restated",
            },
            () => new ReportedFact { Key = B<FactKey>(), Value = 1m, Precision = Precision.Units, Source = OtherLocation() }),
        [typeof(Fact)] = Pair(
            () => new Fact { Key = A<FactKey>(), Unit = Unit.OfCurrency("JPY"), Value = 13_536_824_000m, Precision = Precision.Thousands, Reports = [A<ReportedFact>()] },
            () => new Fact { Key = B<FactKey>(), Unit = Unit.Shares, Value = 1m, Precision = Precision.Units, Reports = [] }),
        [typeof(FactConflict)] = Pair(() => new FactConflict(A<FactKey>(), [A<ReportedFact>(), B<ReportedFact>()]), () => new FactConflict(B<FactKey>(), [])),
        [typeof(AxisMember)] = Pair(
            () => new AxisMember { Id = "TreasuryStock", Label = "Treasury stock", BalanceConceptId = "TreasuryStockValue", BalanceWeight = -1, Location = Location() },
            () => new AxisMember { Id = "ATM", Label = "ATM operation business", Location = OtherLocation() }),
        [typeof(Axis)] = Pair(
            () => new Axis { Id = "EquityComponent", Label = "Equity components", Members = [A<AxisMember>()], Aggregates = true, Location = Location() },
            () => new Axis { Id = "Segment", Label = "Segments", Members = [], Location = OtherLocation() }),
        [typeof(WeightedConcept)] = Pair(() => new WeightedConcept("CostOfRevenues", -1, Location()), () => new WeightedConcept("Revenues", 1, OtherLocation())),
        [typeof(CalculationRelationship)] = Pair(
            () => new CalculationRelationship { TotalId = "GrossProfit", Items = [A<WeightedConcept>()], MissingItems = MissingItems.Unknown, Location = Location() },
            () => new CalculationRelationship { TotalId = "OperatingIncome", Items = [], Location = OtherLocation() }),
        [typeof(RollForward)] = Pair(
            () => new RollForward { BalanceId = "Cash", Changes = [A<WeightedConcept>()], Location = Location() },
            () => new RollForward { BalanceId = "RetainedEarnings", Changes = [], Location = OtherLocation() }),
        [typeof(Concept)] = Pair(
            () => new Concept
            {
                Id = "Revenues", Label = "Total revenues", Documentation = "Revenues from every service.", Statements = ["income-statement"],
                Balance = BalanceType.Credit, PeriodType = PeriodType.Duration, ItemType = ItemType.Quantity, UnitId = "contracts",
                Sign = SignConstraint.NonNegative, ShareBasis = ShareBasis.AsDeclared, Role = ConceptRole.NetIncome, XbrlName = "us-gaap:Revenues",
                Requirement = Requirement.ListedPeriods, RequiredPeriods = [FiscalYear2012()], Location = Location(),
            },
            () => new Concept { Id = "Assets", Label = "Total assets", Location = OtherLocation() }),
        [typeof(StatementDefinition)] = Pair(
            () => new StatementDefinition
            {
                Id = "income-statement", Title = "Statements of Income", Kind = StatementKind.IncomeStatement, Footing = Footing.Exact,
                Periods = [FiscalYear2012()], Location = Location(),
            },
            () => new StatementDefinition { Id = "balance-sheet", Title = "Balance Sheets", Periods = [], Location = OtherLocation() }),
        [typeof(Listing)] = Pair(() => new Listing("NASDAQ", "IIJI"), () => new Listing("Tokyo Stock Exchange First Section", "3774")),
        [typeof(Person)] = Pair(() => new Person("Koichi Suzuki", "President and CEO"), () => new Person("Akihisa Watai", "CFO")),
        [typeof(EntityIdentifier)] = Pair(() => new EntityIdentifier(EntityIdentifier.TseScheme, "37740"),
            () => new EntityIdentifier(EntityIdentifier.CikScheme, "0000320193"), () => new EntityIdentifier(EntityIdentifier.CikScheme, "37740")),
        [typeof(Company)] = Pair(
            () => new Company
            {
                Name = "Internet Initiative Japan Inc.", ShortName = "IIJ", XbrlPrefix = "iij", Listings = [A<Listing>()],
                Address = "Iidabashi Grand Bloom, 2-10-2 Fujimi, Chiyoda-ku, Tokyo", Url = "http://www.iij.ad.jp/en/", IrUrl = "http://www.iij.ad.jp/en/ir/",
                IrEmail = "ir@iij.ad.jp", Telephone = "+81-3-5259-6500", TelephoneDomestic = "(03) 5259-6500",
                Representative = A<Person>(), Contact = B<Person>(), Founded = 1992, EntityIdentifier = A<EntityIdentifier>(),
            },
            () => new Company { Name = "Example Co., Ltd.", ShortName = "Example", XbrlPrefix = "ex" }),
        [typeof(StockSplit)] = Pair(() => new StockSplit(new DateOnly(2012, 10, 1), 200m, Location()), () => new StockSplit(new DateOnly(2005, 1, 1), 2m, OtherLocation())),
        [typeof(ShareData)] = Pair(
            () => new ShareData { Splits = [A<StockSplit>()], RestatedFrom = new DateOnly(2011, 4, 1), AdsPerShare = 2m },
            () => new ShareData()),
        [typeof(FilingInfo)] = Pair(
            () => new FilingInfo
            {
                ShareholdersMeeting = new DateOnly(2013, 6, 27), DividendPaymentStart = new DateOnly(2013, 6, 28), AnnualReportFiling = new DateOnly(2013, 6, 28),
                SupplementalMaterial = true, Presentation = "Yes (for institutional investors and analysts)",
                Disclosures = [new KeyValuePair<string, string>("Changes in accounting policies", "No")],
            },
            () => new FilingInfo()),
        [typeof(LargestShareholder)] = Pair(
            () => new LargestShareholder { Name = "NTT", Relationship = "Other affiliated company", AsOf = new DateOnly(2013, 3, 31), Exchanges = ["Tokyo Stock Exchange"] },
            () => new LargestShareholder { Name = "Example Holdings", Relationship = "None", AsOf = new DateOnly(2012, 3, 31) }),
        // A package is a class without value equality: the only package equal to one is itself.
        [typeof(ReleasePackage)] = Shared(
            () => new PackageBuilder().Load().Package ?? throw new InvalidOperationException("The sample package did not load."),
            () => new PackageBuilder().Load().Package ?? throw new InvalidOperationException("The sample package did not load.")),

        // Kessan.Ingest and Kessan.Validation
        [typeof(LoadResult)] = Pair(() => new LoadResult(A<ReleasePackage>(), [A<Diagnostic>()]), () => new LoadResult(null, [])),
        [typeof(ValidationReport)] = Pair(
            () => new ValidationReport([A<Diagnostic>()], ImmutableSortedDictionary<string, int>.Empty.Add("KSN301", 4)),
            () => new ValidationReport([], ImmutableSortedDictionary<string, int>.Empty)),

        // Kessan.Derivation
        [typeof(DerivationProblem)] = Pair(() => new DerivationProblem("Revenues has no fact for FY2011."), () => new DerivationProblem("Division by zero.")),
        [typeof(Outcome<>)] = Pair<Outcome<Rational>>(() => Rational.Of(1, 3), () => A<DerivationProblem>(), () => Rational.Of(2, 3), () => B<DerivationProblem>()),
        [typeof(Provenance)] = Pair(
            () => new Provenance("sum", "Revenues + OtherIncome", Rational.Of(1, 3), [Constant()], A<Fact>(), FiscalYear2012()),
            Constant),
        [typeof(DisplayedSum)] = Pair(
            () => new DisplayedSum("balance-sheet", true, [("balance-sheet/assets/fy2012", -1)], "Total assets = current assets + non-current assets"),
            () => new DisplayedSum("income-statement", false, [], "")),
        [typeof(FootingConstraint)] = Pair(() => new FootingConstraint([(0, -1)], "Total assets = current assets"), () => new FootingConstraint([], "")),
        [typeof(Figure)] = Pair(() => NewFigure("income/revenues/fy2012"), () => NewFigure("income/revenues/fy2011")),
        [typeof(FigureKey)] = Pair(
            () => new FigureKey("Revenues", FiscalYear2012(), FactStatus.Actual, 6, 0, false),
            () => new FigureKey("OperatingIncome", Period.Instant(new DateOnly(2013, 3, 31)), FactStatus.Target, 3, 1, true)),
        [typeof(FootingAdjustment)] = Pair(() => new FootingAdjustment(Rational.One, "Total revenues"), () => new FootingAdjustment(-Rational.One, "")),
        [typeof(DerivedValue)] = Pair(
            () => new DerivedValue(Rational.FromInteger(100), Rational.Of(199, 2), Rational.Of(201, 2), Unit.OfCurrency("JPY"), Constant()),
            () => new DerivedValue(Rational.Zero, null, null, Unit.Shares, A<Provenance>())),
        [typeof(DisplayFormat)] = Pair(() => DisplayFormat.BuiltIn["millions"] with { Name = "millions" }, () => DisplayFormat.BuiltIn["thousands"] with { Name = "thousands" }),
        [typeof(FootingSolution)] = Pair(
            () => new FootingSolution([0, 1], [[], ["Total revenues"]], [["Total assets"]], [["Total liabilities"]]),
            () => new FootingSolution([], [], [], [])),

        // Kessan.Document
        [typeof(Inline)] = Pair<Inline>(() => new TextInline("Total revenues"), () => new FigureInline("income/revenues/fy2012", "13,536,824")),
        [typeof(StrongInline)] = Pair(() => new StrongInline([A<Inline>()]), () => new StrongInline([])),
        [typeof(EmphasisInline)] = Pair(() => new EmphasisInline([A<Inline>()]), () => new EmphasisInline([])),
        [typeof(LinkInline)] = Pair(() => new LinkInline("http://www.iij.ad.jp/en/ir/", [A<Inline>()]), () => new LinkInline("http://example.com/", [])),
        [typeof(Block)] = Pair<Block>(() => new ParagraphBlock([A<Inline>()]), () => new HeadingBlock(2, [A<Inline>()])),
        [typeof(HeadingBlock)] = Pair(() => new HeadingBlock(2, [A<Inline>()]), () => new HeadingBlock(1, [])),
        [typeof(ParagraphBlock)] = Pair(() => new ParagraphBlock([A<Inline>()]), () => new ParagraphBlock([])),
        [typeof(ListBlock)] = Pair(() => new ListBlock([[A<Inline>()]]), () => new ListBlock([])),
        [typeof(SectionBlock)] = Pair(() => new SectionBlock("results", [A<Inline>()], [A<Block>()]), () => new SectionBlock("outlook", [], [])),
        [typeof(TableCell)] = Pair(() => new TableCell([B<Inline>()], true, "income/revenues/fy2012"), () => new TableCell([], false, null)),
        [typeof(TableRow)] = Pair(() => new TableRow("revenues", [A<Inline>()], 1, RowStyle.Total, [A<TableCell>()]), () => new TableRow("assets", [], 0, RowStyle.Normal, [])),
        [typeof(ColumnSpan)] = Pair(() => new ColumnSpan([A<Inline>()], 1, 2), () => new ColumnSpan([], 0, 1)),
        [typeof(TableBlock)] = Pair(
            () => new TableBlock
            {
                Id = "income", Title = [A<Inline>()], Captions = [[A<Inline>()]], LabelHeader = [[A<Inline>()]], HeaderRows = [[[A<Inline>()]]],
                GroupRows = [[A<ColumnSpan>()]], Rows = [A<TableRow>()], Notes = [[A<Inline>()]], ColumnCount = 2,
            },
            () => new TableBlock { Id = "balance", Rows = [], ColumnCount = 0 }),
        [typeof(ReleaseDocument)] = Pair(() => new ReleaseDocument([A<Inline>()], [A<SectionBlock>()]), () => new ReleaseDocument([], [])),
        [typeof(ReleaseChart)] = Pair(
            () => new ReleaseChart
            {
                Id = "revenues-chart", SectionId = "results", Kind = ChartKind.GroupedBar, Title = "Revenues", Categories = ["Network services"],
                Series = ["FY2012"], FigureIds = [["income/revenues/fy2012"]],
            },
            () => new ReleaseChart { Id = "assets-chart", SectionId = "outlook", Kind = ChartKind.Bar, Title = "", Categories = [], Series = [], FigureIds = [] }),
        [typeof(BuildResult)] = Pair(
            () => new BuildResult(A<ReleaseDocument>(), [A<Figure>()], [A<Diagnostic>()], [A<DisplayedSum>()]) { Charts = [A<ReleaseChart>()] },
            () => new BuildResult(null, [], [], [])),

        // Kessan.Rendering and Kessan.Xbrl: output options, charts compared by content.
        [typeof(Kessan.Rendering.Html.HtmlOptions)] = Pair(
            () => new Kessan.Rendering.Html.HtmlOptions("ja", "IIJ, FY2012 results", ImmutableDictionary<string, string>.Empty.Add("results", "<svg/>")) { DataAttributes = false },
            () => new Kessan.Rendering.Html.HtmlOptions()),
        [typeof(Kessan.Xbrl.Inline.InlineXbrlOptions)] = Pair(
            () => new Kessan.Xbrl.Inline.InlineXbrlOptions("ja", "IIJ, FY2012 results", ImmutableDictionary<string, string>.Empty.Add("results", "<svg/>")),
            () => new Kessan.Xbrl.Inline.InlineXbrlOptions()),

        // Kessan.Layout
        [typeof(Expr)] = Pair<Expr>(
            () => new RefExpr("Revenues", DimensionSet.Of("Segment", "ATM"), new PeriodSpec(PeriodAnchor.Absolute, FiscalYear2011(), "FY2011"), FactStatus.Target),
            () => new NumberExpr(Rational.FromInteger(100))),
        [typeof(CallExpr)] = Pair(() => new CallExpr("yoy", [A<Expr>()]), () => new CallExpr("share", [])),
        [typeof(FormatSpec)] = Pair(
            () => new FormatSpec("sign", ["an income"]) { Period = FiscalYear2011(), Status = FactStatus.Target },
            () => new FormatSpec("millions", [])),
        [typeof(TemplatePart)] = Pair<TemplatePart>(() => new LiteralPart("Revenues were ", Location()), () => new FigurePart(A<Expr>(), B<FormatSpec>(), OtherLocation())),
        [typeof(Template)] = Pair(() => new Template([A<TemplatePart>()]), () => new Template([])),
        [typeof(WeightedId)] = Pair(() => new WeightedId("cost-of-revenues", -1, Location()), () => new WeightedId("revenues", 1, OtherLocation())),
        [typeof(CellOverride)] = Pair(
            () => new CellOverride
            {
                Value = A<Expr>(), Text = A<Template>(), Blank = true, Format = "millions", Period = FiscalYear2011(), Status = FactStatus.Target,
                Dims = DimensionSet.Of("Segment", "ATM"), Location = Location(),
            },
            () => new CellOverride { Location = OtherLocation() }),
        [typeof(AxisLayout)] = Pair<AxisLayout>(Column, Row, () => new ColumnLayout { Id = "fy2011", Location = OtherLocation() }),
        [typeof(Unavailable)] = Pair(() => new Unavailable("-", "not reported", Location()), () => new Unavailable("n.m.", "not meaningful", OtherLocation())),
        [typeof(ColumnLayout)] = Pair(Column, () => new ColumnLayout { Id = "fy2011", Location = OtherLocation() }),
        [typeof(RowLayout)] = Pair(Row, () => new RowLayout { Id = "assets", Label = B<Template>(), Location = OtherLocation() }),
        [typeof(ColumnGroupLayout)] = Pair(
            () => new ColumnGroupLayout(A<Template>(), ["usd", "fy2012"], Location()),
            () => new ColumnGroupLayout(B<Template>(), ["fy2011"], OtherLocation())),
        [typeof(TableLayout)] = Pair(
            () => new TableLayout
            {
                Id = "income", Title = A<Template>(), LabelHeader = [A<Template>()], Captions = [A<Template>()], Period = FiscalYear2012(),
                Status = FactStatus.Target, Format = "thousands", Rounding = RoundingPolicy.Footed, Columns = [Column()], Rows = [Row()],
                Notes = [A<Template>()], ColumnGroups = [A<ColumnGroupLayout>()], Location = Location(),
            },
            () => new TableLayout { Id = "balance", Columns = [], Rows = [], Location = OtherLocation() }),
        [typeof(BlockLayout)] = Pair<BlockLayout>(
            () => new ParagraphBlockLayout { Text = A<Template>(), Location = Location() },
            () => new TableBlockLayout { TableId = "income", Location = OtherLocation() }),
        [typeof(SectionBlockLayout)] = Pair(
            () => new SectionBlockLayout { Id = "results", Title = A<Template>(), Blocks = [A<BlockLayout>()], Location = Location() },
            () => new SectionBlockLayout { Id = "outlook", Blocks = [], Location = OtherLocation() }),
        [typeof(NamedReference)] = Pair(() => new NamedReference("results", Location()), () => new NamedReference("income", OtherLocation())),
        [typeof(ChartLayout)] = Pair(
            () => new ChartLayout
            {
                Id = "revenues-chart", Section = A<NamedReference>(), Kind = ChartKind.GroupedBar, Title = A<Template>(), Table = B<NamedReference>(),
                Rows = [A<NamedReference>()], Columns = [B<NamedReference>()], Location = Location(),
            },
            () => new ChartLayout { Id = "assets-chart", Section = B<NamedReference>(), Kind = ChartKind.Bar, Table = A<NamedReference>(), Location = OtherLocation() }),
        [typeof(LayoutReferences)] = Pair(
            () => new LayoutReferences { Tables = [A<NamedReference>()], Narratives = [B<NamedReference>()], Formats = [A<NamedReference>()] },
            () => LayoutReferences.ToTable("balance", OtherLocation())),
        [typeof(DefinedFormats)] = Pair(
            () => DefinedFormats.BuiltIn.Add(DisplayFormat.BuiltIn["millions"] with { Name = "millions_usd", Prefix = "$" }),
            () => DefinedFormats.BuiltIn),
        [typeof(LayoutDraft)] = Pair(
            () => new LayoutDraft
            {
                Title = A<Template>(), Blocks = [A<BlockLayout>()], Rounding = RoundingPolicy.Footed, Formats = A<DefinedFormats>(), LintAllow = ["FY2012"],
                Tables = [A<TableLayout>()], Charts = [A<ChartLayout>()], References = A<LayoutReferences>(), Unreadable = true,
            },
            () => LayoutDraft.Empty),
        [typeof(NarrativeBlock)] = Pair(
            () => new NarrativeBlock(NarrativeBlockKind.Heading, 2, [A<Template>()], Location()),
            () => new NarrativeBlock(NarrativeBlockKind.Paragraph, 0, [], OtherLocation())),
        [typeof(ParsedNarrative)] = Pair(
            () => new ParsedNarrative("outlook", FiscalYear2012(), FactStatus.Target, [A<NarrativeBlock>()]),
            () => new ParsedNarrative("results", FiscalYear2011(), FactStatus.Actual, [])),

        // Kessan.Xbrl
        // Names are interned: equal names are one instance.
        [typeof(XName)] = Shared(() => UsGaap("Revenues"), () => UsGaap("Assets")),
        [typeof(XbrlUnitMeasures)] = Pair(
            () => new XbrlUnitMeasures("JPYPerShare", [Iso4217("JPY")], [Xbrli("shares")]),
            () => new XbrlUnitMeasures("JPY", [], [])),
        [typeof(XbrlExplicitMember)] = Pair(
            () => new XbrlExplicitMember(UsGaap("StatementBusinessSegmentsAxis"), Iij("ATMOperationMember")),
            () => new XbrlExplicitMember(UsGaap("StatementEquityComponentsAxis"), UsGaap("RetainedEarningsMember"))),
        [typeof(XbrlContext)] = Pair(
            () => new XbrlContext
            {
                Id = "FY2012_ATM", Scheme = "http://www.tse.or.jp/sicc", Identifier = "3774", Period = FiscalYear2012(),
                Segment = [A<XbrlExplicitMember>()], Scenario = [B<XbrlExplicitMember>()], Location = Location(),
            },
            () => new XbrlContext { Id = "FY2011", Scheme = "http://www.sec.gov/CIK", Identifier = "0001090633", Period = FiscalYear2011(), Location = OtherLocation() }),
        [typeof(XbrlUnit)] = Pair(
            () => new XbrlUnit { Id = "JPYPerShare", Numerators = [Iso4217("JPY")], Denominators = [Xbrli("shares")], Location = Location() },
            () => new XbrlUnit { Id = "JPY", Numerators = [], Location = OtherLocation() }),
        [typeof(XbrlDimension)] = Pair(
            () => new XbrlDimension(UsGaap("StatementBusinessSegmentsAxis"), UsGaap("SegmentDomain"), [Iij("ATMOperationMember")], UsGaap("SegmentDomain")),
            () => new XbrlDimension(UsGaap("StatementEquityComponentsAxis"), UsGaap("EquityComponentDomain"), [], null)),
        [typeof(XbrlHypercube)] = Pair(
            () => new XbrlHypercube(UsGaap("SegmentReportingInformationTable"), "http://www.iij.ad.jp/role/Segments", [UsGaap("Revenues")], [A<XbrlDimension>()]),
            () => new XbrlHypercube(UsGaap("StatementTable"), "http://www.iij.ad.jp/role/Equity", [], [])),
        [typeof(XbrlDefinitionSet)] = Pair(
            () => new XbrlDefinitionSet([A<XbrlHypercube>()], [A<Diagnostic>()]) { Calculations = [A<XbrlCalculation>()], PresentationRelationships = 2 },
            () => new XbrlDefinitionSet([], [])),
        [typeof(XbrlCalculationItem)] = Pair(() => new XbrlCalculationItem(UsGaap("CostOfRevenue"), -1), () => new XbrlCalculationItem(UsGaap("Revenues"), 1)),
        [typeof(XbrlCalculation)] = Pair(
            () => new XbrlCalculation(UsGaap("GrossProfit"), [A<XbrlCalculationItem>()], true),
            () => new XbrlCalculation(UsGaap("OperatingIncomeLoss"), [], false)),
        [typeof(XbrlStatementRole)] = Pair(
            () => new XbrlStatementRole("income-statement", "Statements of Income", "http://www.iij.ad.jp/role/income-statement", Iij("IncomeStatementAbstract"), [UsGaap("Revenues")]),
            () => new XbrlStatementRole("balance-sheet", "Balance Sheets", "http://www.iij.ad.jp/role/balance-sheet", Iij("BalanceSheetAbstract"), [])),
        [typeof(XbrlCalculationNetwork)] = Pair(
            () => new XbrlCalculationNetwork("http://www.iij.ad.jp/role/income-statement", "Statements of Income", [A<XbrlCalculation>()]),
            () => new XbrlCalculationNetwork("http://www.iij.ad.jp/role/calculations", "Calculations", [])),
        [typeof(XbrlCalculationResult)] = Pair(() => new XbrlCalculationResult(3, [A<Diagnostic>()]), () => new XbrlCalculationResult(0, [])),
        // An instance read from a document has no value equality: a report refers to the one it read.
        [typeof(XbrlInstance)] = Shared(() => new XbrlInstance([], [], [], [], []), () => new XbrlInstance(["release.xsd"], [], [], [], [])),
        [typeof(XbrlCheckOutcome)] = Pair(() => XbrlCheckOutcome.Done(XbrlCheck.Dimensions, 12), () => new XbrlCheckOutcome(XbrlCheck.Calculations, null, "no package")),
        [typeof(XbrlCheckReport)] = Pair(
            () => new XbrlCheckReport
            {
                Path = "release.xbrl", Kind = XbrlDocumentKind.Instance, Instance = A<XbrlInstance>(), Schemas = ["release.xsd"], Hypercubes = 2,
                Outcomes = [A<XbrlCheckOutcome>()], Diagnostics = [A<Diagnostic>()],
            },
            () => new XbrlCheckReport { Path = "release.ixbrl.html", Instance = B<XbrlInstance>() }),
    };

    /// <summary>The first sample of <typeparamref name="T"/>, a new instance (unless the type's samples are shared).</summary>
    public static T A<T>() => (T)For(typeof(T)).A();

    /// <summary>The second sample of <typeparamref name="T"/>.</summary>
    public static T B<T>() => (T)For(typeof(T)).B();

    private static SourceLocation Location() => new("layout/release.yaml", 12, 5);

    private static SourceLocation OtherLocation() => new("facts/income.csv", 3);

    private static Period FiscalYear2012() => Period.Duration(new DateOnly(2012, 4, 1), new DateOnly(2013, 3, 31));

    private static Period FiscalYear2011() => Period.Duration(new DateOnly(2011, 4, 1), new DateOnly(2012, 3, 31));

    private static Provenance Constant() => new("constant", "100", Rational.FromInteger(100), [], null, null);

    private static ColumnLayout Column() => new()
    {
        Id = "fy2012", Period = FiscalYear2012(), Status = FactStatus.Target, Dims = DimensionSet.Of("Segment", "ATM"), Value = A<Expr>(),
        Text = A<Template>(), Format = "millions", TotalOf = [A<WeightedId>()], Location = Location(), Header = [A<Template>()], Additive = true,
        Unavailable = new Unavailable("-", "not reported", Location()),
    };

    private static RowLayout Row() => new()
    {
        Id = "revenues", Period = FiscalYear2012(), Status = FactStatus.Target, Dims = DimensionSet.Of("Segment", "ATM"), Value = A<Expr>(),
        Text = A<Template>(), Format = "millions", TotalOf = [A<WeightedId>()], Location = Location(), Label = A<Template>(), Indent = 1,
        Style = RowStyle.Total, Cells = ImmutableDictionary<string, CellOverride>.Empty.Add("fy2012", A<CellOverride>()),
        Unavailable = new Unavailable("-", "not reported", Location()),
    };

    private static Figure NewFigure(string id) => new()
    {
        Id = id, Key = new FigureKey("Revenues", FiscalYear2012(), FactStatus.Actual, 3, 0, false), Label = "Total revenues",
        Expression = A<Expr>(), Format = DisplayFormat.BuiltIn["thousands"], AppearsIn = [id],
    };

    private static XName UsGaap(string name) => XName.Get(name, "http://fasb.org/us-gaap/2012-01-31");

    private static XName Iij(string name) => XName.Get(name, "http://www.iij.ad.jp/2013-03-31");

    private static XName Iso4217(string name) => XName.Get(name, "http://www.xbrl.org/2003/iso4217");

    private static XName Xbrli(string name) => XName.Get(name, "http://www.xbrl.org/2003/instance");
}
