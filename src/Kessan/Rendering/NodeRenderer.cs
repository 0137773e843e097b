using Kessan.Document;

namespace Kessan.Rendering;

/// <summary>Renders one kind of document node for one output format.</summary>
/// <typeparam name="TRenderer">The format's renderer.</typeparam>
public interface INodeRenderer<in TRenderer>
{
    /// <summary>The node type this renderer handles.</summary>
    Type NodeType { get; }

    /// <summary>Writes <paramref name="node"/>.</summary>
    void Write(TRenderer renderer, object node);
}

/// <summary>Base class of node renderers: one class per node type per format.</summary>
/// <typeparam name="TRenderer">The format's renderer.</typeparam>
/// <typeparam name="TNode">The node type.</typeparam>
public abstract class NodeRenderer<TRenderer, TNode> : INodeRenderer<TRenderer>
    where TNode : class
{
    /// <inheritdoc/>
    public Type NodeType => typeof(TNode);

    /// <inheritdoc/>
    public void Write(TRenderer renderer, object node) => Write(renderer, (TNode)node);

    /// <summary>Writes the node.</summary>
    protected abstract void Write(TRenderer renderer, TNode node);
}

/// <summary>
/// A renderer of the document model to text: it holds the output and the node renderers of its format,
/// and dispatches each node to the renderer registered for its type. A new format is a new set of node
/// renderers, never a switch on node types.
/// </summary>
/// <typeparam name="TSelf">The concrete renderer.</typeparam>
public abstract class TextRenderer<TSelf>
    where TSelf : TextRenderer<TSelf>
{
    private readonly Dictionary<Type, INodeRenderer<TSelf>> renderers;

    /// <summary>Creates a renderer writing to <paramref name="writer"/>, with no node renderer registered yet.</summary>
    protected TextRenderer(TextWriter writer)
    {
        Writer = writer;
        renderers = [];
    }

    /// <summary>
    /// Creates a renderer writing to <paramref name="writer"/> that uses the node renderers of
    /// <paramref name="registrations"/> (for rendering a fragment, such as a table cell, to its own output).
    /// A later <see cref="Use"/> on either renderer applies to both.
    /// </summary>
    protected TextRenderer(TextWriter writer, TSelf registrations)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        Writer = writer;
        renderers = registrations.renderers;
    }

    /// <summary>The output.</summary>
    public TextWriter Writer { get; }

    /// <summary>Registers a node renderer; a later registration for the same node type replaces an earlier one.</summary>
    public TSelf Use(INodeRenderer<TSelf> renderer)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        renderers[renderer.NodeType] = renderer;
        return (TSelf)this;
    }

    /// <summary>Writes a node with the renderer registered for its type.</summary>
    /// <exception cref="InvalidOperationException">No renderer is registered for the node's type.</exception>
    public void Write(object node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!renderers.TryGetValue(node.GetType(), out var r))
        {
            throw new InvalidOperationException($"{GetType().Name} has no renderer for {node.GetType().Name}.");
        }
        r.Write((TSelf)this, node);
    }

    /// <summary>Writes every node of a sequence.</summary>
    public void WriteAll(IEnumerable<object> nodes)
    {
        foreach (var n in nodes)
        {
            Write(n);
        }
    }

    /// <summary>Writes inline content.</summary>
    public void WriteInlines(IEnumerable<Inline> inlines) => WriteAll(inlines);
}
