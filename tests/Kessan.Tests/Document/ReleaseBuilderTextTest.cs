using System.Collections.Immutable;
using Kessan.Layout.Expressions;
using Kessan.Layout.Formats;
using Kessan.Layout;
using Kessan.Layout.Templates;
using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Document;
using Kessan.Testing;

namespace Kessan.Tests.Document;

/// <summary>
/// Sentences of a release built from a layout of paragraphs: every number in them is a placeholder bound to
/// a figure, shown with a display format or as a phrase.
/// </summary>
public partial class ReleaseBuilderTextTest
{
    private const string LayoutPath = "layout/release.yaml";

    private static readonly Lazy<ReleasePackage> Package = new(() =>
    {
        var builder = new PackageBuilder()
            .WithConcepts("""
                concepts:
                  - id: Revenues
                    label: Total revenues
                    period: duration
                    balance: credit
                  - id: HomeRevenue
                    label: Internet connectivity (home)
                    period: duration
                    balance: credit
                  - id: OperatingIncome
                    label: Operating income
                    period: duration
                    balance: credit
                  - id: WeightedAverageShares
                    label: Weighted-average shares
                    period: duration
                    type: shares
                axes:
                  - id: Segment
                    label: Business segment
                    members:
                      - id: ATM
                        label: ATM operation
                """)
            .WithFacts("""
                concept,FY2011,FY2012
                Revenues,"97,314,605","106,248,486"
                HomeRevenue,"5,717,417","5,466,198"
                OperatingIncome,"6,353,483","7,752,642"
                WeightedAverageShares,"40,536,800","40,536,800"
                """, "facts/income.csv")
            .WithFacts("""
                concept,dims,FY2011,FY2012
                OperatingIncome,Segment=ATM,(194),239
                """, "facts/segments.csv", scale: "millions")
            .WithFacts("""
                concept,FY2013
                Revenues,"117,000"
                """, "facts/targets.csv", scale: "millions", status: "target");
        return builder.WithManifest(builder.Manifest() + """
            convenience_translation:
              currency: USD
              rate: 94.16
              rate_date: 2013-03-29
              wording: Translated for convenience at JPY {rate} per US$1.00.

            """).LoadClean();
    });

    /// <summary>Builds a release of one paragraph per text (paragraph i on line i + 1 of the layout file).</summary>
    private static BuildResult Build(params string[] paragraphs)
    {
        var package = Package.Value;
        var bag = new DiagnosticBag();
        var parser = new TemplateParser(new ExprParser(package.Calendar), bag);
        var blocks = paragraphs.Select((text, i) =>
        {
            var at = new SourceLocation(LayoutPath, i + 1, 1);
            return (BlockLayout)new ParagraphBlockLayout { Text = parser.Parse(text, at).ShouldNotBeNull(), Location = at };
        }).ToImmutableArray();
        bag.ToImmutable().ShouldBeEmpty();
        var layout = new ReleaseLayout(Template.Empty, blocks, [], DisplayFormat.BuiltIn, RoundingPolicy.Independent, []);
        return ReleaseBuilder.Build(package, layout);
    }

    /// <summary>The text of paragraph <paramref name="index"/> as a reader sees it.</summary>
    private static string Text(BuildResult result, int index = 0) =>
        Flatten(result.Document.ShouldNotBeNull().Blocks[index].ShouldBeOfType<ParagraphBlock>().Content);

    private static string Flatten(ImmutableArray<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        TextInline t => t.Text,
        FigureInline f => f.Text,
        StrongInline s => Flatten(s.Content),
        EmphasisInline e => Flatten(e.Content),
        LinkInline l => Flatten(l.Content),
        _ => throw new ArgumentException("Unexpected inline " + i, nameof(inlines)),
    }));

    /// <summary>The text of a one-paragraph release, asserting the build reported nothing.</summary>
    private static string Sentence(string template)
    {
        var result = Build(template);
        result.Diagnostics.ShouldBeEmpty(string.Join(" | ", result.Diagnostics));
        return Text(result);
    }
}
