using Kessan.Document;
using Kessan.Model;
using Kessan.Rendering;
using Kessan.Rendering.Charts;
using Kessan.Rendering.Pdf;
using Kessan.Testing;

namespace Kessan.Tests.Rendering.Pdf;

/// <summary>
/// The IIJ sample printed to PDF once, with its charts, and read back with poppler: shared by the tests of a
/// class. Printing happens on first use, so that tests skipped for want of the tools print nothing.
/// </summary>
public sealed class IijSamplePdf : IDisposable
{
    private readonly Lazy<Printed> printed = new(() => new Printed());

    /// <summary>The printed release.</summary>
    public Printed Release => printed.Value;

    public void Dispose()
    {
        if (printed.IsValueCreated)
        {
            printed.Value.Dispose();
        }
    }

    /// <summary>One build of the sample, its PDF on disk, and what poppler reads from it.</summary>
    public sealed class Printed : IDisposable
    {
        private readonly string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kessan-pdf-test-" + Guid.NewGuid().ToString("N"));

        internal Printed()
        {
            ExternalTools.Require(Tools.Chromium | Tools.Poppler);
            var result = ReleasePipeline.Run(SamplePackages.IijFy2012Path);
            result.Succeeded.ShouldBeTrue(string.Join(" | ", result.Diagnostics));
            Package = result.Package!;
            Build = result.Build!;
            Output = new ReleaseOutput(Package, Build, SvgChartRenderer.Instance);
            Bytes = new PdfFormat().Write(Output);
            Directory.CreateDirectory(folder);
            Path = System.IO.Path.Combine(folder, "release.pdf");
            File.WriteAllBytes(Path, Bytes);
            Text = Poppler.Text(Path);
            Pages = Poppler.PageTexts(Path);
            Info = Poppler.Info(Path);
            Fonts = Poppler.Fonts(Path);
            Words = Poppler.Words(Path);
        }

        public ReleasePackage Package { get; }

        public BuildResult Build { get; }

        /// <summary>The output the PDF was written from (its charts were drawn).</summary>
        public ReleaseOutput Output { get; }

        public byte[] Bytes { get; }

        /// <summary>The PDF's path.</summary>
        public string Path { get; }

        /// <summary>The text of the whole PDF.</summary>
        public string Text { get; }

        /// <summary>The text of each page.</summary>
        public string[] Pages { get; }

        /// <summary>What pdfinfo says.</summary>
        public string Info { get; }

        public IReadOnlyList<PdfFont> Fonts { get; }

        public IReadOnlyList<PdfWord> Words { get; }

        public void Dispose()
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
