using Kessan.Document;

namespace Kessan.Rendering.Excel;

/// <summary><c>release.xlsx</c>.</summary>
public sealed class XlsxFormat : IOutputFormat
{
    /// <inheritdoc/>
    public string Name => "xlsx";

    /// <inheritdoc/>
    public string FileName => "release.xlsx";

    /// <inheritdoc/>
    public string Description => "every table of the release as an Excel worksheet, figures as numbers in the release's formats and totals as formulas";

    /// <inheritdoc/>
    public int Weight => 8;

    /// <inheritdoc/>
    public string? Unavailable(ReleaseOutput output) => null;

    /// <inheritdoc/>
    public byte[] Write(ReleaseOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var package = output.Package;
        return XlsxWriter.Write(output.Build, new XlsxProperties(
            Inlines.PlainText(output.Build.Document!.Title),
            package.Company.Name,
            Model.ReleaseKinds.Subject(package.Reporting, package.Calendar),
            package.Reporting.ReleaseDate));
    }
}
