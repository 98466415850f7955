namespace Corridor.Domain.Common;

/// <summary>
/// Luhn (mod 10) check digits for public registry numbers. Luhn catches every single-digit error and
/// almost every swap of neighbouring digits, which are the mistakes made when a number is read aloud
/// or copied from paper.
/// </summary>
public static class CheckDigit
{
    public static int Compute(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubleIt = true; // the check digit itself will sit to the right
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (d is < 0 or > 9) throw new ArgumentException("Only digits can carry a check digit.", nameof(digits));
            if (doubleIt) { d *= 2; if (d > 9) d -= 9; }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }

    public static bool IsValid(ReadOnlySpan<char> digitsWithCheck) =>
        digitsWithCheck.Length >= 2
        && digitsWithCheck[^1] is >= '0' and <= '9'
        && Compute(digitsWithCheck[..^1]) == digitsWithCheck[^1] - '0';
}

/// <summary>
/// A public number such as <c>W-48219371053</c>: a letter for the register, ten random digits and a
/// Luhn check digit. Random rather than sequential so the number reveals nothing about volumes and
/// needs no shared counter (no hot row under load).
/// </summary>
public static class PublicNumber
{
    public static string New(char prefix, Random? random = null)
    {
        random ??= Random.Shared;
        Span<char> digits = stackalloc char[10];
        digits[0] = (char)('1' + random.Next(9));
        for (var i = 1; i < digits.Length; i++) digits[i] = (char)('0' + random.Next(10));
        return $"{prefix}-{digits}{CheckDigit.Compute(digits)}";
    }

    public static bool IsValid(string? number, char prefix) =>
        number is { Length: 13 } && number[0] == prefix && number[1] == '-' && CheckDigit.IsValid(number.AsSpan(2));
}
