namespace Kessan;

/// <summary>
/// A seam for tests of the crash safety net: an action run as each stage of a command begins (load, validate,
/// layout, derive, render, publish; store-head: an import's last step before it commits), which a test sets to throw. Flows with the async context, so a test that
/// sets it affects only its own command. Nothing in Kessan sets it.
/// </summary>
internal static class StageProbe
{
    private static readonly AsyncLocal<Action<string>?> Current = new();

    /// <summary>The action run as each stage begins, or null.</summary>
    public static Action<string>? OnStage
    {
        get => Current.Value;
        set => Current.Value = value;
    }

    /// <summary>Marks the beginning of <paramref name="stage"/>.</summary>
    public static void Enter(string stage) => Current.Value?.Invoke(stage);
}
