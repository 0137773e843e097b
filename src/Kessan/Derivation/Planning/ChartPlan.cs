using System.Collections.Immutable;
using Kessan.Layout;

namespace Kessan.Derivation.Planning;

/// <summary>A chart of the layout, planned: its table, the rows and columns it draws, and the context of its labels.</summary>
/// <param name="Chart">The chart as the layout declares it.</param>
/// <param name="Table">Its table.</param>
/// <param name="Rows">The indexes of the rows it draws (its categories), in order.</param>
/// <param name="Columns">The indexes of the columns it draws (its series), in order.</param>
/// <param name="Context">The context of its title and labels.</param>
/// <remarks>Immutable.</remarks>
internal sealed record ChartPlan(ChartLayout Chart, TablePlan Table, ImmutableArray<int> Rows, ImmutableArray<int> Columns, PlacementContext Context);
