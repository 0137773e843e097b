using System.Text;
using Kessan.Cli.Output;
using Kessan.Testing;

namespace Kessan.Tests.Cli;

/// <summary>The out folder is one build: replaced as a whole, with its manifest, never mixing builds or removing foreign files.</summary>
public sealed class ReleaseFolderTest : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose()
    {
        StageProbe.OnStage = null;
        cli.Dispose();
    }

    private static ReleaseFile File(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    private static ReleaseManifest Manifest(IReadOnlyList<ReleaseFile> files) => new("hash", "independent", ["md"], files);

    private static Dictionary<string, string> Contents(string folder) =>
        CliRun.Snapshot(folder).Where(f => f.Key != ReleaseFolder.ManifestName)
            .ToDictionary(f => f.Key, f => Encoding.UTF8.GetString(f.Value), StringComparer.Ordinal);

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void While_a_release_is_staged_only_its_owner_can_read_its_files_and_once_whole_it_reads_like_any_folder()
    {
        var modes = new List<(string Name, UnixFileMode Mode)>();
        StageProbe.OnStage = stage =>
        {
            if (stage == "staged")
            {
                var staging = Directory.EnumerateDirectories(cli.Temp, ".out.kessan-build-*").Single();
                modes.Add((".", System.IO.File.GetUnixFileMode(staging)));
                modes.AddRange(Directory.EnumerateFiles(staging).Select(f => (Path.GetFileName(f), System.IO.File.GetUnixFileMode(f))));
            }
        };

        new ReleaseFolder(cli.PathOf("out")).Publish([File("a.md", "a")], Manifest([File("a.md", "a")]));

        const UnixFileMode Owner = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        modes.ShouldBe([(".", Owner | UnixFileMode.UserExecute), ("a.md", Owner), (ReleaseFolder.ManifestName, Owner)], ignoreOrder: true);
        System.IO.File.GetUnixFileMode(cli.PathOf("out", "a.md")).ShouldBe(Owner | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
    }

    [Fact]
    public void A_build_leaves_exactly_its_files_and_the_manifest_and_removes_an_earlier_builds_files()
    {
        var folder = new ReleaseFolder(cli.PathOf("out"));
        folder.Publish([File("a.md", "old a"), File("b.pdf", "old b")], Manifest([File("a.md", "old a"), File("b.pdf", "old b")]));

        folder.Publish([File("a.md", "new a")], Manifest([File("a.md", "new a")]));

        Contents(cli.PathOf("out")).ShouldBe(new Dictionary<string, string>(StringComparer.Ordinal) { ["a.md"] = "new a" });
        System.IO.File.Exists(cli.PathOf("out", ReleaseFolder.ManifestName)).ShouldBeTrue();
        Directory.EnumerateDirectories(cli.Temp).Select(Path.GetFileName).ShouldBe(["out"], "no staging or old folder is left beside it");
    }

    [Fact]
    public void Files_kessan_did_not_write_are_found_and_a_manifest_names_what_it_wrote()
    {
        var folder = new ReleaseFolder(cli.PathOf("out"));
        folder.ForeignFiles().ShouldBeEmpty("a folder that does not exist holds nothing");
        folder.Publish([File("a.md", "a")], Manifest([File("a.md", "a")]));
        folder.ForeignFiles().ShouldBeEmpty();

        System.IO.File.WriteAllText(cli.PathOf("out", "notes.txt"), "mine");

        folder.ForeignFiles().ShouldBe(["notes.txt"]);
    }

    [Fact]
    public void Leftovers_of_an_interrupted_build_are_removed_by_the_next()
    {
        Directory.CreateDirectory(cli.Temp);
        var staging = Directory.CreateDirectory(cli.PathOf(".out.kessan-build-0123456789abcdef"));
        var old = Directory.CreateDirectory(cli.PathOf(".out.kessan-old-0123456789abcdef"));
        var other = Directory.CreateDirectory(cli.PathOf(".other.kessan-build-0123456789abcdef"));
        System.IO.File.WriteAllText(Path.Combine(staging.FullName, "release.md"), "half");

        new ReleaseFolder(cli.PathOf("out")).Publish([File("a.md", "a")], Manifest([File("a.md", "a")]));

        staging.Exists.ShouldBeFalse();
        Directory.Exists(staging.FullName).ShouldBeFalse();
        Directory.Exists(old.FullName).ShouldBeFalse();
        Directory.Exists(other.FullName).ShouldBeTrue("another out folder's build is not this one's leftover");
    }

    [Fact]
    public void The_manifest_lists_every_file_with_its_size_and_sha256_and_no_time()
    {
        var json = Encoding.UTF8.GetString(Manifest([File("a.md", "abc")]).ToJson());

        json.ShouldContain("\"name\": \"a.md\"");
        json.ShouldContain("\"bytes\": 3");
        json.ShouldContain("\"sha256\": \"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"");
        json.ShouldContain("\"kessan_version\": \"" + ReleaseManifest.KessanVersion + "\"");
        json.ShouldBe(Encoding.UTF8.GetString(Manifest([File("a.md", "abc")]).ToJson()), "the same build gives the same manifest");
    }

    [Fact]
    public void The_package_hash_is_sha256_over_each_file_as_its_path_a_nul_its_length_and_its_bytes_in_path_order()
    {
        var package = cli.PathOf("package");
        Directory.CreateDirectory(Path.Combine(package, "facts"));
        System.IO.File.WriteAllText(Path.Combine(package, "package.yaml"), "name: x\n");
        var big = new byte[200_000];
        new Random(7).NextBytes(big);
        System.IO.File.WriteAllBytes(Path.Combine(package, "facts", "big.csv"), big);
        static byte[] Entry(string path, byte[] content) =>
            [.. Encoding.UTF8.GetBytes(path), 0, .. BitConverter.GetBytes((long)content.Length), .. content];
        var expected = System.Security.Cryptography.SHA256.HashData(
            [.. Entry("facts/big.csv", big), .. Entry("package.yaml", Encoding.UTF8.GetBytes("name: x\n"))]);

        ReleaseManifest.HashPackage(package).ShouldBe(Convert.ToHexStringLower(expected));
    }

    [Fact]
    public void Building_a_subset_of_formats_into_a_full_build_leaves_no_file_of_the_earlier_build()
    {
        var outDir = cli.PathOf("out");
        CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", outDir, "--format", "md,html,json").Code.ShouldBe(0);

        var (code, output, _) = CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", outDir, "--format", "md");

        code.ShouldBe(0, output);
        Directory.EnumerateFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["manifest.json", "release.md"]);
        var manifest = System.IO.File.ReadAllText(Path.Combine(outDir, "manifest.json"));
        manifest.ShouldContain("\"formats\": [\n    \"md\"\n  ]");
        manifest.ShouldContain("\"package_sha256\": \"" + ReleaseManifest.HashPackage(SamplePackages.IijFy2012Path) + "\"");
    }

    [Fact]
    public void A_build_into_a_folder_with_foreign_files_is_refused_unless_forced()
    {
        var outDir = cli.PathOf("out");
        Directory.CreateDirectory(outDir);
        System.IO.File.WriteAllText(Path.Combine(outDir, "notes.txt"), "mine");

        var refused = CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", outDir, "--format", "md");

        refused.Code.ShouldBe(2);
        refused.Error.ShouldContain("holds files Kessan did not write (notes.txt)");
        refused.Error.ShouldContain("Nothing was written.");
        Directory.EnumerateFiles(outDir).Select(Path.GetFileName).ShouldBe(["notes.txt"]);

        var forced = CliRun.Run("build", SamplePackages.IijFy2012Path, "--out", outDir, "--format", "md", "--force");

        forced.Code.ShouldBe(0, forced.Out + forced.Error);
        Directory.EnumerateFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["manifest.json", "release.md"]);
    }
}
