using System.Collections.Immutable;
using Kessan.Model;
using Kessan.Rendering;

namespace Kessan.Xbrl.Writing;

/// <summary><c>release.xbrl</c>: the package's facts as an XBRL 2.1 instance.</summary>
public sealed class XbrlFormat : IDependentOutputFormat, IPackageOutputFormat
{
    /// <inheritdoc/>
    public string Name => "xbrl";

    /// <inheritdoc/>
    public string FileName => "release.xbrl";

    /// <inheritdoc/>
    public string Description => "the package's facts as an XBRL 2.1 instance (US-GAAP elements, the company's extension schema release.xsd)";

    /// <inheritdoc/>
    public int Weight => 2;

    /// <inheritdoc/>
    public ImmutableArray<string> Requires => [XbrlSchemaFormat.FormatName];

    /// <inheritdoc/>
    public string? Unavailable(ReleaseOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return Unavailable(output.Package);
    }

    /// <inheritdoc/>
    public byte[] Write(ReleaseOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return Write(output.Package);
    }

    /// <inheritdoc/>
    public string? Unavailable(ReleasePackage package) => XbrlVocabulary.For(package).Problem;

    /// <inheritdoc/>
    public byte[] Write(ReleasePackage package) => XbrlInstanceWriter.WriteUtf8(package, XbrlVocabulary.For(package));
}

/// <summary><c>release.xsd</c>: the company's XBRL extension schema, which the XBRL and Inline XBRL files refer to.</summary>
public sealed class XbrlSchemaFormat : IPackageOutputFormat
{
    /// <summary>The format's name.</summary>
    public const string FormatName = "xsd";

    /// <inheritdoc/>
    public string Name => FormatName;

    /// <inheritdoc/>
    public string FileName => XbrlVocabulary.SchemaFileName;

    /// <inheritdoc/>
    public string Description => "the company's XBRL extension schema (its own concepts, axes and members, with labels, and the axes each concept may have) that the XBRL files refer to";

    /// <inheritdoc/>
    public int Weight => 5;

    /// <inheritdoc/>
    public string? Unavailable(ReleaseOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return Unavailable(output.Package);
    }

    /// <inheritdoc/>
    public byte[] Write(ReleaseOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return Write(output.Package);
    }

    /// <inheritdoc/>
    public string? Unavailable(ReleasePackage package) => XbrlVocabulary.For(package).Problem;

    /// <inheritdoc/>
    public byte[] Write(ReleasePackage package) => ExtensionSchemaWriter.WriteUtf8(XbrlVocabulary.For(package));
}
