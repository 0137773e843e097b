using System.Text;
using Kessan.Cli.Output;

namespace Kessan.Tests.Cli;

/// <summary>The release's files are written all or nothing.</summary>
public sealed class OutputWriterTest : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    private static (string, byte[]) File(string name, string text) => (name, Encoding.UTF8.GetBytes(text));

    private string Folder(params (string Name, string Text)[] files)
    {
        var folder = cli.PathOf("out");
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in files)
        {
            System.IO.File.WriteAllText(Path.Combine(folder, name), text);
        }
        return folder;
    }

    private static Dictionary<string, string> Contents(string folder) =>
        CliRun.Snapshot(folder).ToDictionary(f => f.Key, f => Encoding.UTF8.GetString(f.Value), StringComparer.Ordinal);

    [Fact]
    public void Every_file_is_written_and_replaced_files_leave_nothing_behind()
    {
        var folder = Folder(("a.md", "old a"), ("keep.txt", "mine"));

        OutputWriter.WriteAll(folder, [File("a.md", "new a"), File("b.json", "new b")]);

        Contents(folder).ShouldBe(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["a.md"] = "new a",
            ["b.json"] = "new b",
            ["keep.txt"] = "mine",
        });
    }

    [Fact]
    public void A_file_that_cannot_be_staged_leaves_the_folder_as_it_was()
    {
        var folder = Folder(("a.md", "old a"));

        // The second file's folder does not exist, so writing it fails after the first was staged.
        Should.Throw<DirectoryNotFoundException>(() => OutputWriter.WriteAll(folder, [File("a.md", "new a"), File(Path.Combine("missing", "b.json"), "new b")]));

        Contents(folder).ShouldBe(new Dictionary<string, string>(StringComparer.Ordinal) { ["a.md"] = "old a" });
    }

    [Fact]
    public void A_file_that_cannot_be_moved_into_place_puts_back_the_files_already_replaced()
    {
        var folder = Folder(("a.md", "old a"), ("c.txt", "old c"));
        Directory.CreateDirectory(Path.Combine(folder, "b.html"));

        Should.Throw<IOException>(() => OutputWriter.WriteAll(folder, [File("a.md", "new a"), File("b.html", "new b"), File("c.txt", "new c")]));

        Contents(folder).ShouldBe(new Dictionary<string, string>(StringComparer.Ordinal) { ["a.md"] = "old a", ["c.txt"] = "old c" });
        Directory.Exists(Path.Combine(folder, "b.html")).ShouldBeTrue();
    }

    [Fact]
    public void A_new_file_already_moved_is_removed_when_a_later_one_fails()
    {
        var folder = Folder();
        Directory.CreateDirectory(Path.Combine(folder, "b.html"));

        Should.Throw<IOException>(() => OutputWriter.WriteAll(folder, [File("a.md", "new a"), File("b.html", "new b")]));

        Contents(folder).ShouldBeEmpty();
    }
}
