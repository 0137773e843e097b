using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Kessan.Store.Review;

/// <summary>
/// Passwords as the store keeps them: PBKDF2 with HMAC-SHA-512 (RFC 8018), a random 16-byte salt per password and
/// 210,000 iterations (OWASP's figure for this hash), written <c>pbkdf2-sha512$iterations$salt$key</c> in base64 so
/// that a later Kessan can raise the count and still check older hashes. Never the password itself.
/// </summary>
public static class PasswordHash
{
    /// <summary>The iterations a new hash uses.</summary>
    public const int Iterations = 210_000;

    private const string Scheme = "pbkdf2-sha512";
    private const int SaltBytes = 16;
    private const int KeyBytes = 32;

    /// <summary>The shortest password accepted.</summary>
    public const int MinLength = 12;

    /// <summary>The longest password accepted (a bound on the work one sign-in can ask for).</summary>
    public const int MaxLength = 1024;

    /// <summary>A hash of a new password.</summary>
    public static string Of(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var key = Derive(password, salt, Iterations);
        return string.Create(CultureInfo.InvariantCulture, $"{Scheme}${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(key)}");
    }

    /// <summary>True when <paramref name="password"/> is the one <paramref name="hash"/> was made from (in constant time).</summary>
    public static bool Verify(string password, string hash)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(hash);
        var parts = hash.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations)
            || iterations < 1 || password.Length > MaxLength)
        {
            return false;
        }
        try
        {
            var salt = Convert.FromBase64String(parts[2]);
            var expected = Convert.FromBase64String(parts[3]);
            return CryptographicOperations.FixedTimeEquals(Derive(password, salt, iterations), expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Why a new password is refused, or null.</summary>
    public static string? Problem(string password) =>
        password.Length < MinLength ? $"is shorter than {MinLength} characters."
        : password.Length > MaxLength ? $"is longer than {MaxLength} characters."
        : password.Any(char.IsControl) ? "holds a control character."
        : null;

    private static byte[] Derive(string password, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA512, KeyBytes);
}
