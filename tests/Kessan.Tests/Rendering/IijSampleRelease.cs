using System.Text.Json;
using Kessan.Document;
using Kessan.Derivation;
using Kessan.Layout;
using Kessan.Model;
using Kessan.Rendering;
using Kessan.Rendering.Excel;
using Kessan.Rendering.Html;
using Kessan.Xbrl.Inline;
using Kessan.Rendering.Json;
using Kessan.Rendering.Markdown;
using Kessan.Xbrl.Writing;
using Kessan.Testing;
using Kessan.Xbrl;

namespace Kessan.Tests.Rendering;

/// <summary>The IIJ sample built once per rounding policy and rendered to every format, shared by the tests of a class.</summary>
public sealed class IijSampleRelease : IDisposable
{
    private readonly Lazy<Rendered> footed = new(() => new Rendered(RoundingPolicy.Footed));
    private readonly Lazy<Rendered> independent = new(() => new Rendered(RoundingPolicy.Independent));

    public Rendered Footed => footed.Value;

    public Rendered Independent => independent.Value;

    public void Dispose()
    {
        if (footed.IsValueCreated)
        {
            footed.Value.Dispose();
        }
        if (independent.IsValueCreated)
        {
            independent.Value.Dispose();
        }
    }

    /// <summary>One build of the sample and its renderings.</summary>
    public sealed class Rendered : IDisposable
    {
        private readonly Lazy<byte[]> xlsx;

        internal Rendered(RoundingPolicy rounding)
        {
            var result = ReleasePipeline.Run(SamplePackages.IijFy2012(), new BuildOptions(rounding));
            result.Succeeded.ShouldBeTrue(string.Join(" | ", result.Diagnostics));
            Package = result.Package!;
            Build = result.Build!;
            Layout = result.Layout!;
            Json = FiguresJsonWriter.Write(Package, Build);
            Figures = JsonDocument.Parse(Json);
            Markdown = MarkdownRenderer.Render(Build.Document!, Build.Charts);
            Html = HtmlRenderer.Render(Build.Document!);
            xlsx = new(() => new XlsxFormat().Write(new ReleaseOutput(Package, Build)));
            Vocabulary = XbrlVocabulary.For(Package);
            Xbrl = XbrlInstanceWriter.Write(Package, Vocabulary);
            Ixbrl = InlineXbrlRenderer.Render(Package, Build);
            Schema = System.Text.Encoding.UTF8.GetString(ExtensionSchemaWriter.WriteUtf8(Vocabulary));
        }

        public ReleasePackage Package { get; }

        /// <summary>The layout the release was built from.</summary>
        public Kessan.Layout.ReleaseLayout Layout { get; }

        public BuildResult Build { get; }

        /// <summary>figures.json as written.</summary>
        public string Json { get; }

        /// <summary>figures.json parsed.</summary>
        public JsonDocument Figures { get; }

        public string Markdown { get; }

        public string Html { get; }

        /// <summary>release.xlsx as the xlsx format writes it, made on first use.</summary>
        public byte[] Xlsx => xlsx.Value;
        public XbrlVocabulary Vocabulary { get; }

        /// <summary>release.xbrl as written.</summary>
        public string Xbrl { get; }

        /// <summary>release.ixbrl.html as written (without charts or footer).</summary>
        public string Ixbrl { get; }

        /// <summary>release.xsd as written.</summary>
        public string Schema { get; }

        /// <summary>The figures of figures.json, by id.</summary>
        public Dictionary<string, JsonElement> FiguresById() =>
            Figures.RootElement.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!, StringComparer.Ordinal);

        public void Dispose() => Figures.Dispose();
    }
}
