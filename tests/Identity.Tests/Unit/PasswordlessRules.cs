using PartnershipHub.Identity.Domain;
using Xunit;

namespace PartnershipHub.Identity.Tests.Unit;

public sealed class PasswordlessRules
{
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_code_is_six_digits_stored_only_as_hashes_and_works_once_within_ten_minutes()
    {
        var (code, digits, linkToken) = SignInCode.Issue(Guid.NewGuid(), Now);

        Assert.Matches("^[0-9]{6}$", digits);
        Assert.DoesNotContain(digits, code.CodeHash, StringComparison.Ordinal);
        Assert.Equal(Invitation.Hash(linkToken), code.LinkTokenHash);
        Assert.False(code.IsOpenAt(Now.AddMinutes(10)));
        Assert.True(code.TryRedeemDigits(digits, Now.AddMinutes(10).AddSeconds(-1)));
        Assert.False(code.TryRedeemDigits(digits, Now.AddMinutes(10).AddSeconds(-1)));
        Assert.False(code.TryRedeemLink(Now.AddMinutes(1)));
    }

    [Fact]
    public void Equal_digits_of_two_codes_hash_differently()
    {
        var first = SignInCode.Issue(Guid.NewGuid(), Now).Code;
        var second = SignInCode.Issue(Guid.NewGuid(), Now).Code;

        Assert.NotEqual(SignInCode.HashCode(first.Id, "123456"), SignInCode.HashCode(second.Id, "123456"));
    }

    [Fact]
    public void Five_wrong_digits_kill_a_code()
    {
        var (code, digits, _) = SignInCode.Issue(Guid.NewGuid(), Now);
        var wrong = digits == "000000" ? "111111" : "000000";

        for (var attempt = 1; attempt <= SignInCode.MaxWrongAttempts; attempt++)
        {
            Assert.False(code.TryRedeemDigits(wrong, Now));
            Assert.Equal(attempt, code.WrongAttempts);
        }

        Assert.False(code.TryRedeemDigits(digits, Now));
        Assert.False(code.TryRedeemLink(Now));
        Assert.Equal(SignInCode.MaxWrongAttempts, code.WrongAttempts);
    }

    [Fact]
    public void A_replaced_or_expired_code_neither_signs_in_nor_counts_wrong_tries()
    {
        var (replaced, digits, _) = SignInCode.Issue(Guid.NewGuid(), Now);
        replaced.Replace(Now.AddMinutes(1));
        Assert.False(replaced.TryRedeemDigits(digits, Now.AddMinutes(2)));
        Assert.False(replaced.TryRedeemLink(Now.AddMinutes(2)));

        var (expired, _, _) = SignInCode.Issue(Guid.NewGuid(), Now);
        Assert.False(expired.TryRedeemDigits("000000", Now.AddMinutes(11)));
        Assert.Equal(0, expired.WrongAttempts);
    }

    [Fact]
    public void A_passkey_counter_must_grow_once_it_has_been_seen()
    {
        var counting = PasskeyCredential.Register(Guid.NewGuid(), [1], [2], signCount: 3, "Telefoon", Now);
        Assert.False(counting.TryRecordUse(3, Now));
        Assert.False(counting.TryRecordUse(0, Now));
        Assert.True(counting.TryRecordUse(4, Now.AddMinutes(1)));
        Assert.Equal(4, counting.SignCount);
        Assert.Equal(Now.AddMinutes(1), counting.LastUsedAt);

        // Authenticators that do not count (most synced passkeys) report 0 every time.
        var notCounting = PasskeyCredential.Register(Guid.NewGuid(), [1], [2], signCount: 0, "Telefoon", Now);
        Assert.True(notCounting.TryRecordUse(0, Now));
        Assert.True(notCounting.TryRecordUse(0, Now.AddDays(1)));
    }
}
