// Two stages in miniature for StagesArchitectureTest: the early one uses the later one in a method body,
// which is exactly the kind of back-reference the architecture test must catch.
namespace Kessan.Tests.Architecture.Fixture.Early
{
    public static class EarlyStageType
    {
        public static string UsesTheLaterStage() => Late.LateStageType.Name();

        public static int Plain() => 1;
    }
}

namespace Kessan.Tests.Architecture.Fixture.Late
{
    public static class LateStageType
    {
        public static string Name() => "late";

        public static int UsesTheEarlierStage() => Early.EarlyStageType.Plain();

        public static object Nested() => new Inner();

        private sealed class Inner;
    }
}
