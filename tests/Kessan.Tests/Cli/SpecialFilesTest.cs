using Kessan.Diagnostics;
using Kessan.Testing;

namespace Kessan.Tests.Cli;

/// <summary>
/// A package file that is a link out of the package, a device, a pipe, or too large is refused at the line that
/// names it, without reading it (no hang on a pipe, no memory run out on /dev/zero, nothing of /etc/passwd in a
/// message); a link to a file inside the package is read like the file.
/// </summary>
public sealed class SpecialFilesTest : IDisposable
{
    private const string Facts = "facts/income-statement.csv";

    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    private (string Package, string File) SampleWithout()
    {
        var package = cli.Write(SamplePackages.IijFy2012());
        var file = Path.Combine(package, "facts", "income-statement.csv");
        File.Delete(file);
        return (package, file);
    }

    private static int LineNamingTheFile(string package) =>
        File.ReadAllLines(Path.Combine(package, "package.yaml")).ToList().FindIndex(l => l.Contains(Facts, StringComparison.Ordinal)) + 1;

    [Theory]
    [InlineData("/dev/zero", "it is a link to a file outside the package folder")]
    [InlineData("/etc/passwd", "it is a link to a file outside the package folder")]
    public void A_link_out_of_the_package_is_refused_at_the_line_naming_it(string target, string reason)
    {
        var (package, file) = SampleWithout();
        File.CreateSymbolicLink(file, target);

        var (code, output, _) = CliRun.Run("check", package);

        code.ShouldBe(1);
        output.ShouldContain($"error   {DiagnosticCodes.FileMissing}  File '{Facts}' is not read: {reason}.");
        output.ShouldMatch($@"\n  {LineNamingTheFile(package)}:[0-9]+ +error");
        output.ShouldNotContain("root:");
    }

    [Fact]
    public async Task A_pipe_is_refused_without_waiting_for_a_writer()
    {
        var (package, file) = SampleWithout();
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [file]))
        {
            mkfifo.WaitForExit();
            mkfifo.ExitCode.ShouldBe(0);
        }

        var result = await Task.Run(() => CliRun.Run("check", package)).WaitAsync(TimeSpan.FromSeconds(30));

        result.Out.ShouldContain($"File '{Facts}' is not read: it is not a regular file (a device, a pipe or a folder).");
    }

    [Fact]
    public void A_link_to_a_file_inside_the_package_is_read_like_the_file()
    {
        var (package, file) = SampleWithout();
        File.WriteAllText(Path.Combine(package, "facts", "real.csv"), SamplePackages.IijFy2012().Files[Facts]);
        File.CreateSymbolicLink(file, "real.csv");

        var (code, output, _) = CliRun.Run("check", package);

        code.ShouldBe(0, output);
    }

    [Theory]
    [InlineData(Facts, 100)]
    [InlineData("narrative/overview.md", 1)]
    [InlineData("layout/statements.yaml", 10)]
    public void A_file_larger_than_the_limit_of_its_kind_is_refused_without_reading_it(string path, int megabytes)
    {
        var package = cli.Write(SamplePackages.IijFy2012());
        using (var stream = File.Create(Path.Combine(package, path)))
        {
            stream.SetLength(Kessan.Ingest.PackageFileSystem.MaxBytes(path) + 1); // sparse: no disk used
        }

        var (code, output, _) = CliRun.Run("check", package);

        code.ShouldBe(1);
        output.ShouldContain($"File '{path}' is not read: it is larger than {megabytes} MB, the most Kessan reads of a package file of its kind.");
    }

    [Fact]
    public void A_line_of_millions_of_commas_is_one_error_and_never_held_as_cells()
    {
        var package = cli.Write(SamplePackages.IijFy2012());
        File.AppendAllText(Path.Combine(package, Facts), "Revenues" + new string(',', 2_000_000) + "\n");
        var line = File.ReadAllLines(Path.Combine(package, Facts)).Length;

        var (code, output, _) = CliRun.Run("check", package);

        code.ShouldBe(1);
        output.Split('\n').ShouldContain(l => l.TrimStart().StartsWith($"{line} ", StringComparison.Ordinal)
            && l.Contains("KSN101  This line has more than 10,000 cells", StringComparison.Ordinal));
    }
}
