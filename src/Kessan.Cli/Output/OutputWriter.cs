namespace Kessan.Cli.Output;

/// <summary>
/// Writes a release's files all or nothing: every file is first written next to its target under a
/// temporary name, and only when all are written are they moved into place.
/// </summary>
internal static class OutputWriter
{
    public static void WriteAll(string directory, IReadOnlyList<(string Name, byte[] Content)> files)
    {
        Directory.CreateDirectory(directory);
        var staged = new List<(string Temp, string Final)>();
        try
        {
            foreach (var (name, content) in files)
            {
                var final = Path.Combine(directory, name);
                var temp = final + ".tmp-" + Guid.NewGuid().ToString("N");
                File.WriteAllBytes(temp, content);
                staged.Add((temp, final));
            }
            foreach (var (temp, final) in staged)
            {
                File.Move(temp, final, overwrite: true);
            }
        }
        finally
        {
            foreach (var (temp, _) in staged)
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }
        }
    }
}
