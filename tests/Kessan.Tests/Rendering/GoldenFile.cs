using System.Text;
using Kessan.Testing;

namespace Kessan.Tests.Rendering;

/// <summary>
/// Compares rendered output with a checked-in expected file under <c>Rendering/Golden/</c> (copied to the
/// test output). On a mismatch the failure names the first differing line and shows both versions of it.
/// With <c>KESSAN_UPDATE_GOLDEN=1</c> the expected files in the source tree are rewritten instead; review
/// the diff before committing it.
/// </summary>
internal static class GoldenFile
{
    /// <summary>The environment variable that turns comparison into rewriting.</summary>
    public const string UpdateVariable = "KESSAN_UPDATE_GOLDEN";

    private const string Folder = "Rendering/Golden";

    /// <summary>Asserts that <paramref name="actual"/> equals the golden file <paramref name="name"/>, byte for byte.</summary>
    public static void ShouldMatchGolden(this string actual, string name)
    {
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            var source = Path.Combine(SamplePackages.RepositoryRoot, "tests", "Kessan.Tests", Folder, name);
            File.WriteAllText(source, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }
        var path = Path.Combine(AppContext.BaseDirectory, Folder, name);
        File.Exists(path).ShouldBeTrue($"The golden file {Folder}/{name} does not exist. Run the tests with {UpdateVariable}=1 to create it, then review it.");
        // A checkout that turned line ends into CRLF must not fail the test; the renderers write LF only.
        var expected = File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected == actual)
        {
            return;
        }
        throw new ShouldAssertException(Difference(name, expected, actual));
    }

    /// <summary>A readable account of the first difference between two texts.</summary>
    internal static string Difference(string name, string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line])
        {
            line++;
        }
        var sb = new StringBuilder();
        sb.Append("Rendered output differs from the golden file ").Append(Folder).Append('/').Append(name)
            .Append(" at line ").Append(line + 1).Append(":\n");
        sb.Append("  expected: ").Append(line < e.Length ? Visible(e[line]) : "(end of file)").Append('\n');
        sb.Append("  actual:   ").Append(line < a.Length ? Visible(a[line]) : "(end of file)").Append('\n');
        var column = 0;
        if (line < e.Length && line < a.Length)
        {
            while (column < e[line].Length && column < a[line].Length && e[line][column] == a[line][column])
            {
                column++;
            }
            sb.Append("            ").Append(' ', column).Append("^ column ").Append(column + 1).Append('\n');
        }
        sb.Append("(expected ").Append(e.Length).Append(" lines, actual ").Append(a.Length)
            .Append(" lines). If the change is intended, rerun with ").Append(UpdateVariable).Append("=1 and review the diff.");
        return sb.ToString();
    }

    private static string Visible(string line) => line.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
