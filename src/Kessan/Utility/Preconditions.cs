using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Kessan.Utility;

/// <summary>
/// Argument guards shared by the whole library. Messages state the valid range and never depend on the
/// current culture. Messages never contain financial figures.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? argument, string paramName) where T : class
        => argument ?? throw new ArgumentNullException(paramName);

    internal static string CheckNotEmpty([NotNull] string? argument, string paramName)
    {
        CheckNotNull(argument, paramName);
        if (argument.Length == 0)
        {
            throw new ArgumentException("Value must not be empty.", paramName);
        }
        return argument;
    }

    internal static int CheckArgumentRange(string paramName, int value, int minInclusive, int maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                string.Format(CultureInfo.InvariantCulture,
                    "Value should be in range [{0}-{1}]", minInclusive, maxInclusive));
        }
        return value;
    }

    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }
}
