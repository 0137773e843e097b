using System.Collections.Immutable;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Kessan.Tests.Architecture;

/// <summary>One stage of the pipeline: a name and the namespaces that belong to it.</summary>
/// <param name="Name">The stage's name, as docs/architecture.md names it.</param>
/// <param name="Namespaces">Namespaces of the stage; a namespace belongs with every namespace under it.</param>
public sealed record Stage(string Name, ImmutableArray<string> Namespaces)
{
    /// <summary>True when <paramref name="ns"/> is one of the stage's namespaces or under one.</summary>
    public bool Holds(string ns) => Namespaces.Any(n => ns == n || ns.StartsWith(n + ".", StringComparison.Ordinal));
}

/// <summary>A reference from a type of one stage to a type of a later stage.</summary>
/// <param name="From">The referring type's full name.</param>
/// <param name="FromStage">Its stage.</param>
/// <param name="To">The referenced type's full name.</param>
/// <param name="ToStage">Its stage, which comes later.</param>
public sealed record BackReference(string From, string FromStage, string To, string ToStage)
{
    /// <inheritdoc/>
    public override string ToString() => $"{From} ({FromStage}) uses {To} ({ToStage})";
}

/// <summary>
/// Finds every type reference in an assembly that points from a stage to a later one: base types,
/// interfaces, fields, signatures, attributes, generic arguments and every type, method or field an IL
/// instruction names. Nested and compiler-generated types count as their outermost declaring type.
/// </summary>
public static class StageReferences
{
    /// <summary>Every back-reference in the assembly at <paramref name="path"/>, given the stages in order.</summary>
    public static ImmutableArray<BackReference> Find(string path, IReadOnlyList<Stage> stages)
    {
        using var module = ModuleDefinition.ReadModule(path);
        var result = new HashSet<BackReference>();
        foreach (var type in module.GetTypes())
        {
            var from = StageOf(Outermost(type).Namespace, stages);
            if (from < 0)
            {
                continue;
            }
            foreach (var referenced in ReferencedTypes(type))
            {
                var target = Outermost(referenced);
                var to = StageOf(target.Namespace, stages);
                if (to > from)
                {
                    result.Add(new BackReference(Outermost(type).FullName, stages[from].Name, target.FullName, stages[to].Name));
                }
            }
        }
        return [.. result.OrderBy(r => r.From, StringComparer.Ordinal).ThenBy(r => r.To, StringComparer.Ordinal)];
    }

    private static int StageOf(string ns, IReadOnlyList<Stage> stages)
    {
        // The most specific stage wins, so that a stage may sit inside another's namespace (Kessan and Kessan.Model).
        var best = -1;
        var bestLength = -1;
        for (var i = 0; i < stages.Count; i++)
        {
            foreach (var n in stages[i].Namespaces)
            {
                if ((ns == n || ns.StartsWith(n + ".", StringComparison.Ordinal)) && n.Length > bestLength)
                {
                    best = i;
                    bestLength = n.Length;
                }
            }
        }
        return best;
    }

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }
        return type;
    }

    private static IEnumerable<TypeReference> ReferencedTypes(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? t)
        {
            switch (t)
            {
                case null:
                    return;
                case GenericInstanceType g:
                    Add(g.ElementType);
                    foreach (var a in g.GenericArguments)
                    {
                        Add(a);
                    }
                    return;
                case TypeSpecification s:
                    Add(s.ElementType);
                    return;
                case GenericParameter:
                    return;
                default:
                    found.Add(t);
                    return;
            }
        }
        void AddMethod(MethodReference m)
        {
            Add(m.DeclaringType);
            Add(m.ReturnType);
            foreach (var p in m.Parameters)
            {
                Add(p.ParameterType);
            }
            if (m is GenericInstanceMethod gm)
            {
                foreach (var a in gm.GenericArguments)
                {
                    Add(a);
                }
            }
        }
        void AddAttributes(ICustomAttributeProvider provider)
        {
            foreach (var a in provider.CustomAttributes)
            {
                AddMethod(a.Constructor);
            }
        }

        Add(type.BaseType);
        AddAttributes(type);
        foreach (var i in type.Interfaces)
        {
            Add(i.InterfaceType);
        }
        foreach (var f in type.Fields)
        {
            Add(f.FieldType);
            AddAttributes(f);
        }
        foreach (var p in type.Properties)
        {
            Add(p.PropertyType);
            AddAttributes(p);
        }
        foreach (var e in type.Events)
        {
            Add(e.EventType);
        }
        foreach (var m in type.Methods)
        {
            AddMethod(m);
            AddAttributes(m);
            if (!m.HasBody)
            {
                continue;
            }
            foreach (var v in m.Body.Variables)
            {
                Add(v.VariableType);
            }
            foreach (var instruction in m.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t:
                        Add(t);
                        break;
                    case MethodReference mr:
                        AddMethod(mr);
                        break;
                    case FieldReference fr:
                        Add(fr.DeclaringType);
                        Add(fr.FieldType);
                        break;
                }
            }
            foreach (var handler in m.Body.ExceptionHandlers.Where(h => h.HandlerType == ExceptionHandlerType.Catch))
            {
                Add(handler.CatchType);
            }
        }
        return found;
    }
}
