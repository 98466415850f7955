using System.Text.RegularExpressions;
using Corridor.Domain.Common;

namespace Corridor.Domain.Tests;

public class CheckDigitTests
{
    [Theory]
    [InlineData("7992739871", 3)]        // the textbook Luhn example
    [InlineData("453914880343646", 7)]   // a Visa test card number
    [InlineData("1234567890", 3)]
    [InlineData("0", 0)]
    [InlineData("1", 8)]
    public void Compute_matches_known_Luhn_vectors(string digits, int expected) =>
        Assert.Equal(expected, CheckDigit.Compute(digits));

    [Theory]
    [InlineData("79927398713", true)]
    [InlineData("4539148803436467", true)]
    [InlineData("79927398710", false)]
    [InlineData("79927398714", false)]
    [InlineData("7", false)]             // too short to carry a check digit
    [InlineData("", false)]
    [InlineData("7992739871X", false)]   // the check digit must be a digit
    public void IsValid_accepts_exactly_the_numbers_whose_last_digit_checks(string number, bool valid) =>
        Assert.Equal(valid, CheckDigit.IsValid(number));

    [Fact]
    public void Compute_refuses_non_digits() =>
        Assert.Throws<ArgumentException>(() => CheckDigit.Compute("12a4"));

    [Fact]
    public void Every_single_digit_substitution_is_detected()
    {
        var random = new Random(7);
        for (var n = 0; n < 50; n++)
        {
            var number = PublicNumber.New('W', random)[2..]; // 11 digits, the last one the check digit
            Assert.True(CheckDigit.IsValid(number));
            for (var i = 0; i < number.Length; i++)
                for (var d = '0'; d <= '9'; d++)
                {
                    if (d == number[i]) continue;
                    var typo = number[..i] + d + number[(i + 1)..];
                    Assert.False(CheckDigit.IsValid(typo), $"{number} → {typo} was not detected");
                }
        }
    }

    [Fact]
    public void Every_adjacent_transposition_is_detected_except_09_and_90()
    {
        var random = new Random(11);
        var undetected = new List<string>();
        for (var n = 0; n < 30; n++)
        {
            var body = PublicNumber.New('W', random)[2..^1].ToCharArray();
            // Put every ordered pair of digits at every pair of neighbouring places of the body …
            for (var i = 0; i + 1 < body.Length; i++)
                for (var a = '0'; a <= '9'; a++)
                    for (var b = '0'; b <= '9'; b++)
                    {
                        if (a == b) continue;
                        var digits = (char[])body.Clone();
                        digits[i] = a;
                        digits[i + 1] = b;
                        var number = new string(digits) + CheckDigit.Compute(digits);
                        var swapped = number[..i] + b + a + number[(i + 2)..];
                        if (CheckDigit.IsValid(swapped)) undetected.Add($"{a}{b}");
                    }
            // … and swap the last body digit with the check digit itself.
            var full = new string(body) + CheckDigit.Compute(body);
            if (full[^1] != full[^2])
            {
                var swappedCheck = full[..^2] + full[^1] + full[^2];
                if (CheckDigit.IsValid(swappedCheck)) undetected.Add($"{full[^2]}{full[^1]}");
            }
        }
        Assert.NotEmpty(undetected); // Luhn's known blind spot really is exercised …
        Assert.All(undetected, pair => Assert.Contains(pair, new[] { "09", "90" })); // … and it is the only one
    }
}

public class PublicNumberTests
{
    [Fact]
    public void New_numbers_have_the_register_letter_ten_digits_and_a_valid_check_digit()
    {
        var random = new Random(1);
        var numbers = Enumerable.Range(0, 1000).Select(_ => PublicNumber.New('W', random)).ToList();
        Assert.All(numbers, n =>
        {
            Assert.Matches(new Regex(@"^W-[1-9][0-9]{9}[0-9]$"), n);
            Assert.True(PublicNumber.IsValid(n, 'W'), n);
        });
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    [Fact]
    public void New_is_deterministic_for_a_seeded_random() =>
        Assert.Equal(PublicNumber.New('E', new Random(42)), PublicNumber.New('E', new Random(42)));

    [Fact]
    public void IsValid_accepts_a_known_number() => Assert.True(PublicNumber.IsValid("W-79927398713", 'W'));

    [Theory]
    [InlineData("E-79927398713")]   // another register's letter
    [InlineData("w-79927398713")]   // letters are exact
    [InlineData("W79927398713")]    // no dash
    [InlineData("W_79927398713")]
    [InlineData("W-7992739871")]    // too short
    [InlineData("W-799273987130")]  // too long
    [InlineData("W-79927398714")]   // wrong check digit
    [InlineData("W-79927398731")]   // neighbouring digits swapped
    [InlineData("W-7992739871a")]
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_rejects_wrong_prefix_length_or_check_digit(string? number) =>
        Assert.False(PublicNumber.IsValid(number, 'W'));
}
