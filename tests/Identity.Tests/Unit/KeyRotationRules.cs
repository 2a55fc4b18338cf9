using PartnershipHub.Identity.Domain;
using Xunit;

namespace PartnershipHub.Identity.Tests.Unit;

public sealed class KeyRotationRules
{
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly KeyRotationPolicy _policy = new(TimeSpan.FromDays(90));

    [Fact]
    public void First_start_makes_a_key()
    {
        Assert.True(_policy.NeedsNewKey([], Now));
    }

    [Fact]
    public void Key_younger_than_its_lifetime_is_kept()
    {
        Assert.False(_policy.NeedsNewKey([Key(daysOld: 89)], Now));
        Assert.True(_policy.NeedsNewKey([Key(daysOld: 90)], Now));
    }

    [Fact]
    public void Newest_key_signs_and_a_replaced_key_stays_published_for_one_more_lifetime()
    {
        var newest = Key(daysOld: 1);
        var previous = Key(daysOld: 100);
        var ancient = Key(daysOld: 200);

        var inUse = _policy.KeysInUse([previous, ancient, newest], Now);

        Assert.Equal([newest.Id, previous.Id], inUse.Select(k => k.Id));
    }

    [Fact]
    public void The_only_key_is_always_used_however_old()
    {
        var only = Key(daysOld: 500);

        Assert.Equal([only.Id], _policy.KeysInUse([only], Now).Select(k => k.Id));
    }

    private static SigningKey Key(int daysOld) =>
        new() { Id = Guid.NewGuid(), Use = SigningKey.Signing, CreatedAt = Now.AddDays(-daysOld) };
}
