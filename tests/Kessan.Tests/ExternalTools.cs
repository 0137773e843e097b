using Kessan.Rendering;
using Kessan.Rendering.Pdf;

namespace Kessan.Tests;

/// <summary>External programs some outputs need.</summary>
[Flags]
public enum Tools
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>Chromium, to print PDF.</summary>
    Chromium = 2,

    /// <summary>poppler-utils (<c>pdftotext</c>, <c>pdffonts</c>, <c>pdfinfo</c>), to read a PDF back.</summary>
    Poppler = 4,

    /// <summary>The W3C Nu HTML Checker (<c>tools/vnu</c>, from npm) and Java to run it.</summary>
    Vnu = 8,
}

/// <summary>
/// Whether the external programs are here. CI installs them all (<c>.ci/run</c>), and there a test that needs
/// one fails when it is missing; on a developer machine without them such a test is skipped, saying what to
/// install.
/// </summary>
internal static class ExternalTools
{
    /// <summary>True on CI (<c>CI</c> set to <c>true</c> or <c>1</c>), where every tool must be installed.</summary>
    public static bool InCi => Environment.GetEnvironmentVariable("CI") is "true" or "True" or "TRUE" or "1";

    /// <summary>The Nu HTML Checker's jar, as <c>npm ci --prefix tools/vnu</c> installs it.</summary>
    public static string VnuJar => Path.Combine(Kessan.Testing.SamplePackages.RepositoryRoot, "tools", "vnu", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>What is missing of <paramref name="tools"/>, or null.</summary>
    public static string? Missing(Tools tools)
    {
        var missing = new List<string>();
        if (tools.HasFlag(Tools.Chromium) && new PdfFormat().Browser is null)
        {
            missing.Add("Chromium is not installed (apt-get install chromium fonts-liberation fonts-ipafont fonts-noto-cjk).");
        }
        if (tools.HasFlag(Tools.Poppler) && new[] { "pdftotext", "pdffonts", "pdfinfo" }.Any(p => ExternalTool.Find(p) is null))
        {
            missing.Add("poppler-utils is not installed (apt-get install poppler-utils).");
        }
        if (tools.HasFlag(Tools.Vnu) && (ExternalTool.Find("java") is null || !File.Exists(VnuJar)))
        {
            missing.Add("The Nu HTML Checker is not installed (apt-get install default-jre-headless npm; npm ci --prefix tools/vnu).");
        }
        return missing.Count == 0 ? null : string.Join(" ", missing);
    }

    /// <summary>Fails the test, saying what to install, when one of <paramref name="tools"/> is missing.</summary>
    public static void Require(Tools tools)
    {
        if (Missing(tools) is { } why)
        {
            throw new ShouldAssertException("This test needs external programs that are missing: " + why + " .ci/run installs them.");
        }
    }
}

/// <summary>
/// A fact that needs external programs: skipped when they are missing on a developer machine, run (and failing
/// with what is missing) on CI.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NeedsToolsFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    public NeedsToolsFactAttribute(Tools tools)
    {
        if (!ExternalTools.InCi && ExternalTools.Missing(tools) is { } why)
        {
            Skip = why + " (with CI=true this test fails instead of being skipped)";
        }
    }
}

/// <summary>A theory that needs external programs, skipped or failing as <see cref="NeedsToolsFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NeedsToolsTheoryAttribute : TheoryAttribute
{
    /// <summary>Creates the attribute.</summary>
    public NeedsToolsTheoryAttribute(Tools tools)
    {
        if (!ExternalTools.InCi && ExternalTools.Missing(tools) is { } why)
        {
            Skip = why + " (with CI=true this test fails instead of being skipped)";
        }
    }
}
