using System.Collections.Immutable;
using Kessan.Diagnostics;
using Kessan.Model;
using Kessan.Utility;

namespace Kessan.Ingest;

/// <summary>A sum as a concept file writes it: the total's id and its items' texts ("-" for a subtracted item).</summary>
internal sealed record RawSum(string Total, IReadOnlyList<(string Text, SourceLocation Location)> Items, MissingItems Missing, SourceLocation Location);

/// <summary>A roll-forward as a concept file writes it: the balance's id and its changes' texts.</summary>
internal sealed record RawRollForward(string Balance, IReadOnlyList<(string Text, SourceLocation Location)> Changes, SourceLocation Location);

/// <summary>
/// Resolves the sums and roll-forwards of the concept files once every concept is read: items named, of the
/// owner's kind and period type, none twice, and no total among its own items.
/// </summary>
internal sealed class RelationshipResolver(DiagnosticBag bag, IReadOnlyDictionary<string, Concept> byId)
{
    private ImmutableArray<WeightedConcept> ResolveItems(
        Concept owner, IReadOnlyList<(string Text, SourceLocation Location)> items, string what, out bool ok)
    {
        ok = true;
        var result = ImmutableArray.CreateBuilder<WeightedConcept>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, location) in items)
        {
            var weight = 1;
            var itemId = text;
            if (itemId.StartsWith('-'))
            {
                weight = -1;
                itemId = itemId[1..].Trim();
            }
            else if (itemId.StartsWith('+'))
            {
                itemId = itemId[1..].Trim();
            }
            if (!byId.TryGetValue(itemId, out var item))
            {
                bag.Error(DiagnosticCodes.UnknownReference,
                    $"The {what} of '{owner.Id}' names concept '{itemId}', which is not defined.{Suggestions.Hint(itemId, byId.Keys)}", location);
                ok = false;
                continue;
            }
            if (itemId == owner.Id)
            {
                bag.Error(DiagnosticCodes.MalformedRelationship, $"'{owner.Id}' cannot be an item of its own {what}.", location);
                ok = false;
                continue;
            }
            if (!seen.Add(itemId))
            {
                bag.Error(DiagnosticCodes.MalformedRelationship, $"'{itemId}' appears twice in the {what} of '{owner.Id}'.", location);
                ok = false;
                continue;
            }
            if (item.ItemType != owner.ItemType || item.UnitId != owner.UnitId)
            {
                bag.Error(DiagnosticCodes.MalformedRelationship,
                    $"'{itemId}' holds a different kind of number than '{owner.Id}' and cannot enter its {what}.", location);
                ok = false;
                continue;
            }
            result.Add(new WeightedConcept(itemId, weight, location));
        }
        return result.ToImmutable();
    }

    /// <summary>The sums whose items all resolve, each problem reported at its item.</summary>
    public ImmutableArray<CalculationRelationship> ResolveSums(IEnumerable<RawSum> rawSums)
    {
        var result = ImmutableArray.CreateBuilder<CalculationRelationship>();
        foreach (var (totalId, rawItems, missing, location) in rawSums)
        {
            var total = byId[totalId];
            var items = ResolveItems(total, rawItems, "sum", out var ok);
            foreach (var item in items)
            {
                if (byId[item.ConceptId].PeriodType != total.PeriodType)
                {
                    bag.Error(DiagnosticCodes.MalformedRelationship,
                        $"'{item.ConceptId}' and '{totalId}' have different period types; a sum adds figures of the same period.", item.Location);
                    ok = false;
                }
            }
            if (items.IsEmpty && ok)
            {
                bag.Error(DiagnosticCodes.MalformedRelationship, $"The sum of '{totalId}' has no items.", location);
                ok = false;
            }
            if (ok)
            {
                result.Add(new CalculationRelationship { TotalId = totalId, Items = items, MissingItems = missing, Location = location });
            }
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// Reports the first sum that reaches itself through the items of sums. Walks with an explicit stack, so a chain
    /// of sums as long as the package makes it cannot exhaust the call stack.
    /// </summary>
    public void CheckCycles(ImmutableArray<CalculationRelationship> calculations)
    {
        var children = calculations.GroupBy(c => c.TotalId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(c => c.Items.Select(i => i.ConceptId)).ToList(), StringComparer.Ordinal);
        var state = new Dictionary<string, Visit>(StringComparer.Ordinal);
        foreach (var calc in calculations)
        {
            if (ReachesAVisitingConcept(calc.TotalId, children, state))
            {
                bag.Error(DiagnosticCodes.MalformedRelationship,
                    $"The sums starting at '{calc.TotalId}' form a cycle: a total ends up among its own items.", calc.Location);
                return;
            }
        }
    }

    private enum Visit { Visiting, Done }

    private static bool ReachesAVisitingConcept(string start, Dictionary<string, List<string>> children, Dictionary<string, Visit> state)
    {
        if (state.ContainsKey(start))
        {
            return false;
        }
        var stack = new Stack<(string Id, int Next)>();
        state[start] = Visit.Visiting;
        stack.Push((start, 0));
        while (stack.TryPop(out var top))
        {
            var items = children.GetValueOrDefault(top.Id);
            if (items is null || top.Next >= items.Count)
            {
                state[top.Id] = Visit.Done;
                continue;
            }
            stack.Push((top.Id, top.Next + 1));
            var child = items[top.Next];
            if (state.TryGetValue(child, out var seen))
            {
                if (seen == Visit.Visiting)
                {
                    return true;
                }
                continue;
            }
            state[child] = Visit.Visiting;
            stack.Push((child, 0));
        }
        return false;
    }

    /// <summary>The roll-forwards whose balance and changes all resolve, each problem reported at its place.</summary>
    public ImmutableArray<RollForward> ResolveRollForwards(IEnumerable<RawRollForward> rawRollForwards)
    {
        var result = ImmutableArray.CreateBuilder<RollForward>();
        foreach (var (balanceId, rawChanges, location) in rawRollForwards)
        {
            var balance = byId[balanceId];
            var ok = true;
            if (balance.PeriodType != PeriodType.Instant)
            {
                bag.Error(DiagnosticCodes.MalformedRelationship, $"Only an instant concept (a balance) can roll forward; '{balanceId}' is a duration.", location);
                ok = false;
            }
            var changes = ResolveItems(balance, rawChanges, "roll-forward", out var itemsOk);
            foreach (var change in changes)
            {
                if (byId[change.ConceptId].PeriodType != PeriodType.Duration)
                {
                    bag.Error(DiagnosticCodes.MalformedRelationship, $"'{change.ConceptId}' is an instant; the changes of a roll-forward are durations.", change.Location);
                    ok = false;
                }
            }
            if (ok && itemsOk)
            {
                result.Add(new RollForward { BalanceId = balanceId, Changes = changes, Location = location });
            }
        }
        return result.ToImmutable();
    }
}
