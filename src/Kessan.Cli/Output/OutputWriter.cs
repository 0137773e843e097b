namespace Kessan.Cli.Output;

/// <summary>
/// Writes a release's files all or nothing: every file is first written next to its target under a
/// temporary name, and only when all are written are they moved into place. A file already there is kept
/// under a temporary name until every new file is in place; if a move fails, the files already moved are
/// removed and the earlier ones put back, so the folder holds either the whole new release or what it held
/// before.
/// </summary>
internal static class OutputWriter
{
    /// <exception cref="IOException">A file could not be written or moved; the folder is as it was (apart from creating it).</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or a file may not be written; the folder is as it was.</exception>
    public static void WriteAll(string directory, IReadOnlyList<(string Name, byte[] Content)> files)
    {
        Directory.CreateDirectory(directory);
        var staged = new List<(string Temp, string Final)>();
        var moved = new List<(string Final, string? Backup, bool Placed)>();
        var done = false;
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
                string? backup = null;
                if (File.Exists(final))
                {
                    backup = final + ".old-" + Guid.NewGuid().ToString("N");
                    File.Move(final, backup);
                }
                moved.Add((final, backup, false));
                File.Move(temp, final);
                moved[^1] = (final, backup, true);
            }
            done = true;
        }
        finally
        {
            if (!done)
            {
                // Undo in reverse order: take out what was placed, put back what was there.
                for (var i = moved.Count - 1; i >= 0; i--)
                {
                    var (final, backup, placed) = moved[i];
                    if (placed)
                    {
                        File.Delete(final);
                    }
                    if (backup is not null)
                    {
                        File.Move(backup, final);
                    }
                }
            }
            foreach (var (temp, _) in staged)
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }
            if (done)
            {
                foreach (var (_, backup, _) in moved)
                {
                    if (backup is not null)
                    {
                        File.Delete(backup);
                    }
                }
            }
        }
    }
}
