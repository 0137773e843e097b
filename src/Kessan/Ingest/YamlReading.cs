using System.Globalization;
using Kessan.Diagnostics;
using Kessan.Utility;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Kessan.Ingest;

/// <summary>
/// Reads YAML through its node tree so that every problem is reported with file, line and column and
/// reading goes on after it. (A deserializer stops at the first problem.)
/// </summary>
internal sealed class YamlFile
{
    private YamlFile(string path, DiagnosticBag bag)
    {
        Path = path;
        Bag = bag;
    }

    public string Path { get; }

    /// <summary>A file already parsed, its reading reporting into <paramref name="bag"/>.</summary>
    public static YamlFile Reporting(string path, DiagnosticBag bag) => new(path, bag);

    public DiagnosticBag Bag { get; }

    /// <summary>Parses a YAML file; reports KSN002 and returns null when it is malformed or empty.</summary>
    public static (YamlFile File, YamlMappingNode? Root) Parse(string path, string text, DiagnosticBag bag)
    {
        var file = new YamlFile(path, bag);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            // A byte order mark is not part of the first key.
            text = text[1..];
        }
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count == 0)
            {
                bag.Error(DiagnosticCodes.YamlSyntax, "The file is empty; a YAML mapping is expected.", new SourceLocation(path));
                return (file, null);
            }
            if (stream.Documents.Count > 1)
            {
                bag.Error(DiagnosticCodes.YamlSyntax, "The file holds more than one YAML document; one is expected.",
                    file.At(stream.Documents[1].RootNode.Start));
            }
            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                bag.Error(DiagnosticCodes.YamlSyntax, "The file must be a YAML mapping (key: value lines).",
                    file.At(stream.Documents[0].RootNode.Start));
                return (file, null);
            }
            return (file, root);
        }
        catch (YamlLimitException e)
        {
            bag.Error(DiagnosticCodes.YamlSyntax, e.Message, file.At(e.Start));
            return (file, null);
        }
        catch (YamlException e) when (parser.OpenFlow is { } open && e.Start.Index >= text.TrimEnd().Length)
        {
            // The file ended inside a flow collection: YamlDotNet reports the end of the file, past the
            // last line; the bracket that is never closed is the place to fix.
            bag.Error(DiagnosticCodes.YamlSyntax, $"Malformed YAML: this '{open.Bracket}' is never closed.", file.At(open.Start));
            return (file, null);
        }
        catch (YamlException e)
        {
            // YamlDotNet places a tab in the indentation at the start of the enclosing mapping or scalar,
            // which can be lines away; point at the tab itself.
            if (e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstIndentationTab(path, text) is { } tab)
            {
                bag.Error(DiagnosticCodes.YamlSyntax, "Malformed YAML: a tab is used for indentation; indent with spaces.", tab);
            }
            else
            {
                bag.Error(DiagnosticCodes.YamlSyntax, "Malformed YAML: " + CleanMessage(e.Message), file.At(e.Start));
            }
            return (file, null);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way, without a location, on some unclosed flow collections
            // ("[a, b" followed by a less indented line). Report the bracket that is still open.
            if (parser.OpenFlow is { } open)
            {
                bag.Error(DiagnosticCodes.YamlSyntax, $"Malformed YAML: this '{open.Bracket}' is never closed.", file.At(open.Start));
            }
            else
            {
                bag.Error(DiagnosticCodes.YamlSyntax, "Malformed YAML.", file.At(parser.LastEnd));
            }
            return (file, null);
        }
    }

    /// <summary>The first tab in the leading whitespace of a line, or null.</summary>
    private static SourceLocation? FirstIndentationTab(string path, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            for (var c = 0; c < line.Length && line[c] is ' ' or '\t'; c++)
            {
                if (line[c] == '\t')
                {
                    return new SourceLocation(path, i + 1, c + 1);
                }
            }
        }
        return null;
    }

    /// <summary>The deepest nesting of mappings and lists a YAML file of a package may have (a layout needs about ten).</summary>
    public const int MaxDepth = 64;

    /// <summary>The most aliases (<c>*name</c>) a YAML file of a package may use.</summary>
    public const int MaxAliases = 1_000;

    /// <summary>A YAML file beyond what Kessan reads: too deeply nested, or aliases that could expand without bound.</summary>
    private sealed class YamlLimitException(Mark start, string message) : Exception(message)
    {
        public Mark Start { get; } = start;
    }

    /// <summary>
    /// Passes events through and remembers where the parser got to, for errors that carry no location. Stops a file
    /// nested deeper than <see cref="MaxDepth"/> (before building its nodes, which recurses), with more than
    /// <see cref="MaxAliases"/> aliases, or with an alias of a mapping or list (whose reading could multiply without end).
    /// </summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        private readonly Stack<(Mark Start, char Bracket)?> collections = new();
        private readonly HashSet<string> collectionAnchors = new(StringComparer.Ordinal);
        private int aliases;

        public ParsingEvent? Current => inner.Current;

        /// <summary>The end of the last event parsed.</summary>
        public Mark LastEnd { get; private set; } = Mark.Empty;

        /// <summary>The innermost flow collection ('[' or '{') that is open, or null.</summary>
        public (Mark Start, char Bracket)? OpenFlow => collections.FirstOrDefault(c => c is not null);

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (moved)
            {
                Check(inner.Current);
            }
            switch (moved ? inner.Current : null)
            {
                case SequenceStart { Style: SequenceStyle.Flow } e:
                    collections.Push((e.Start, '['));
                    break;
                case MappingStart { Style: MappingStyle.Flow } e:
                    collections.Push((e.Start, '{'));
                    break;
                case SequenceStart or MappingStart:
                    collections.Push(null);
                    break;
                case SequenceEnd or MappingEnd:
                    collections.TryPop(out _);
                    break;
            }
            if (moved && inner.Current is { } current)
            {
                LastEnd = current.End;
            }
            return moved;
        }

        private void Check(ParsingEvent? e)
        {
            switch (e)
            {
                case NodeEvent { Anchor.IsEmpty: false } n when e is SequenceStart or MappingStart:
                    collectionAnchors.Add(n.Anchor.Value);
                    break;
                case AnchorAlias a:
                    if (++aliases > MaxAliases)
                    {
                        throw new YamlLimitException(a.Start, $"The file uses more than {MaxAliases:N0} aliases (*name); write the values out.");
                    }
                    if (collectionAnchors.Contains(a.Value.Value))
                    {
                        throw new YamlLimitException(a.Start, $"'*{a.Value.Value}' repeats a mapping or list; Kessan reads aliases of single values only. Write the entries out.");
                    }
                    break;
            }
            if (e is SequenceStart or MappingStart && collections.Count >= MaxDepth)
            {
                throw new YamlLimitException(e.Start, $"Mappings and lists are nested deeper than {MaxDepth} levels here; a package file needs far fewer.");
            }
        }
    }

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 8) - (Line: ...): "; the location is reported separately.
        var i = message.LastIndexOf("): ", StringComparison.Ordinal);
        var m = i >= 0 ? message[(i + 3)..] : message;
        return m.EndsWith('.') ? m : m + ".";
    }

    public SourceLocation At(Mark mark) => new(Path, (int)Math.Max(0, mark.Line), (int)Math.Max(0, mark.Column));

    public SourceLocation At(YamlNode node) => At(node.Start);

    /// <summary>Reads a mapping node; reports unknown keys at once.</summary>
    public MappingReader Mapping(YamlMappingNode node, params string[] allowedKeys) => new(this, node, allowedKeys);

    /// <summary>Reads <paramref name="node"/> as a mapping; reports KSN005 and returns null when it is not one.</summary>
    public MappingReader? AsMapping(YamlNode node, string what, params string[] allowedKeys)
    {
        if (node is YamlMappingNode m)
        {
            return Mapping(m, allowedKeys);
        }
        Bag.Error(DiagnosticCodes.InvalidValue, $"Each {what} must be a mapping of keys and values.", At(node));
        return null;
    }

    /// <summary>A scalar's text, or null (with KSN005) when the node is not a scalar.</summary>
    public string? Scalar(YamlNode node, string what)
    {
        if (node is YamlScalarNode s && s.Value is not null)
        {
            return s.Value;
        }
        Bag.Error(DiagnosticCodes.InvalidValue, $"'{what}' must be a single value, not a list or mapping.", At(node));
        return null;
    }
}

/// <summary>Typed access to one YAML mapping, reporting every problem to the file's diagnostic bag.</summary>
internal sealed class MappingReader
{
    private readonly YamlFile file;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries;

    internal MappingReader(YamlFile file, YamlMappingNode node, string[] allowedKeys)
    {
        this.file = file;
        Node = node;
        entries = new(node.Children.Count, StringComparer.Ordinal);
        foreach (var (k, v) in node.Children)
        {
            if (k is not YamlScalarNode key || key.Value is null)
            {
                file.Bag.Error(DiagnosticCodes.InvalidValue, "Keys must be plain names.", file.At(k));
                continue;
            }
            if (Array.IndexOf(allowedKeys, key.Value) < 0)
            {
                file.Bag.Error(DiagnosticCodes.UnknownKey,
                    $"Unknown key '{key.Value}'.{Suggestions.Hint(key.Value, allowedKeys)} Known keys here: {string.Join(", ", allowedKeys)}.",
                    file.At(key));
                continue;
            }
            entries[key.Value] = (key, v);
        }
    }

    public YamlMappingNode Node { get; }

    public YamlFile File => file;

    public DiagnosticBag Bag => file.Bag;

    public SourceLocation Location => file.At(Node);

    public bool Has(string key) => entries.ContainsKey(key);

    public SourceLocation LocationOf(string key) => entries.TryGetValue(key, out var e) ? file.At(e.Value) : Location;

    public SourceLocation KeyLocationOf(string key) => entries.TryGetValue(key, out var e) ? file.At(e.Key) : Location;

    public YamlNode? Raw(string key, bool required, string? context = null)
    {
        if (entries.TryGetValue(key, out var e))
        {
            return e.Value;
        }
        if (required)
        {
            var where = context is null ? "" : " in " + context;
            file.Bag.Error(DiagnosticCodes.MissingKey, $"Missing required key '{key}'{where}.", Location);
        }
        return null;
    }

    public string? String(string key, bool required = false, string? context = null)
    {
        var node = Raw(key, required, context);
        if (node is null)
        {
            return null;
        }
        var s = file.Scalar(node, key);
        if (s is not null && required && s.Trim().Length == 0)
        {
            file.Bag.Error(DiagnosticCodes.InvalidValue, $"'{key}' must not be empty.", file.At(node));
            return null;
        }
        return s;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var s = String(key, required);
        if (s is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(s.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }
        file.Bag.Error(DiagnosticCodes.InvalidValue, $"'{key}' must be a date written YYYY-MM-DD.", LocationOf(key));
        return null;
    }

    public decimal? Decimal(string key, bool required = false, bool positive = false)
    {
        var s = String(key, required);
        if (s is null)
        {
            return null;
        }
        if (decimal.TryParse(s.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d)
            && (!positive || d > 0))
        {
            return d;
        }
        var what = positive ? "a positive number" : "a number";
        file.Bag.Error(DiagnosticCodes.InvalidValue, $"'{key}' must be {what}, written with a decimal point and no separators.", LocationOf(key));
        return null;
    }

    public int? Int(string key, bool required = false)
    {
        var s = String(key, required);
        if (s is null)
        {
            return null;
        }
        if (int.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
        {
            return i;
        }
        file.Bag.Error(DiagnosticCodes.InvalidValue, $"'{key}' must be a whole number.", LocationOf(key));
        return null;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, or null (reported when out of range).</summary>
    public int? Int(string key, int min, int max, bool required = false)
    {
        var i = Int(key, required);
        if (i is { } value && (value < min || value > max))
        {
            file.Bag.Error(DiagnosticCodes.InvalidValue, $"'{key}' must be a whole number from {min} to {max}.", LocationOf(key));
            return null;
        }
        return i;
    }

    public bool? Bool(string key, bool required = false)
    {
        var s = String(key, required);
        switch (s?.Trim())
        {
            case null: return null;
            case "true" or "yes": return true;
            case "false" or "no": return false;
            default:
                file.Bag.Error(DiagnosticCodes.InvalidValue, $"'{key}' must be true or false.", LocationOf(key));
                return null;
        }
    }

    /// <summary>Reads one of a fixed set of words.</summary>
    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> choices, bool required = false) where T : struct
    {
        var s = String(key, required);
        if (s is null)
        {
            return null;
        }
        if (choices.TryGetValue(s.Trim(), out var value))
        {
            return value;
        }
        file.Bag.Error(DiagnosticCodes.InvalidValue,
            $"'{key}' must be one of: {string.Join(", ", choices.Keys)}.{Suggestions.Hint(s, choices.Keys)}", LocationOf(key));
        return null;
    }

    /// <summary>
    /// A list; a single scalar is read as a list of one, and a key with no value (YAML null) as an empty
    /// list. Null when the key is absent.
    /// </summary>
    public IReadOnlyList<YamlNode>? List(string key, bool required = false)
    {
        var node = Raw(key, required);
        return node switch
        {
            null => null,
            YamlSequenceNode seq => seq.Children.ToList(),
            YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or "~" or "null" } => [],
            YamlScalarNode => [node],
            _ => Invalid(),
        };

        IReadOnlyList<YamlNode>? Invalid()
        {
            file.Bag.Error(DiagnosticCodes.InvalidValue, $"'{key}' must be a list.", file.At(node));
            return null;
        }
    }

    /// <summary>A list of scalars with their locations.</summary>
    public IReadOnlyList<(string Text, SourceLocation Location)>? StringList(string key, bool required = false)
    {
        var list = List(key, required);
        if (list is null)
        {
            return null;
        }
        var result = new List<(string, SourceLocation)>();
        foreach (var n in list)
        {
            var s = file.Scalar(n, key);
            if (s is not null)
            {
                result.Add((s.Trim(), file.At(n)));
            }
        }
        return result;
    }

    public MappingReader? Mapping(string key, bool required, params string[] allowedKeys)
    {
        var node = Raw(key, required);
        return node is null ? null : file.AsMapping(node, "'" + key + "'", allowedKeys);
    }
}
