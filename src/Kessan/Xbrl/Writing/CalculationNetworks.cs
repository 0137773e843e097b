using System.Collections.Immutable;
using Kessan.Xbrl.Checks;
using Kessan.Xbrl.Reading;

namespace Kessan.Xbrl.Writing;

/// <summary>
/// The calculation linkbase Kessan writes: the package's calculations that hold on the facts it publishes, as a Calculations 1.1
/// processor checks them (round to nearest, a missing item counting as nil), each in the role of the statement that presents
/// its total.
/// </summary>
/// <remarks>
/// <para>
/// A calculation is written when it binds at least once in the instance Kessan writes and is consistent wherever it binds;
/// the others (a breakdown reported for some periods only, a segment's profit reported without its costs) would make a
/// processor report inconsistencies that are not in the figures, so they stay checked by Kessan alone
/// (<c>kessan xbrl check --package</c>). A total with several decompositions (<c>sums:</c>) gets one role per decomposition,
/// since a role adds up every item of a total. A total no statement presents is in the role <c>/role/calculations</c>.
/// </para>
/// <para>Thread-safe.</para>
/// </remarks>
public static class CalculationNetworks
{
    /// <summary>The networks of a vocabulary's package, in the order of its statements, then the other totals.</summary>
    public static ImmutableArray<XbrlCalculationNetwork> Of(XbrlVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var package = vocabulary.Package;
        var instance = XbrlInstanceReader.Read(XbrlInstanceWriter.Write(package, vocabulary), "release.xbrl");
        var facts = XbrlCalculationFacts.Of(instance);
        var statements = vocabulary.StatementRoles;
        var networks = new List<(int Order, string Role, string Title, List<XbrlCalculation> Calculations)>();
        foreach (var relationship in package.Taxonomy.Calculations)
        {
            if (!vocabulary.TryConcept(relationship.TotalId, out var total) || relationship.Items.Any(i => !vocabulary.TryConcept(i.ConceptId, out _)))
            {
                continue;
            }
            var calculation = new XbrlCalculation(total, [.. relationship.Items.Select(i => new XbrlCalculationItem(vocabulary.Concept(i.ConceptId), i.Weight))], false);
            var result = facts.Check([calculation]);
            if (result.Bindings == 0 || !result.Diagnostics.IsEmpty)
            {
                continue;
            }
            var home = package.Taxonomy.FindConcept(relationship.TotalId)?.HomeStatement;
            var index = statements.IndexOf(statements.FirstOrDefault(s => s.StatementId == home)!);
            var (baseRole, baseTitle) = index >= 0 ? (statements[index].Role, statements[index].Title) : (vocabulary.Namespace + "/role/calculations", "Calculations");
            var (role, title) = (baseRole, baseTitle);
            for (var n = 2; networks.Any(x => x.Role == role && x.Calculations.Any(c => c.Total == total)); n++)
            {
                (role, title) = (baseRole + "-" + n, baseTitle + " (" + n + ")");
            }
            var network = networks.FirstOrDefault(x => x.Role == role);
            if (network.Calculations is null)
            {
                network = (index >= 0 ? index : int.MaxValue, role, title, []);
                networks.Add(network);
            }
            network.Calculations.Add(calculation);
        }
        return [.. networks.OrderBy(n => n.Order).ThenBy(n => n.Role, StringComparer.Ordinal).Select(n => new XbrlCalculationNetwork(n.Role, n.Title, [.. n.Calculations]))];
    }
}
