using PartnershipHub.Identity.Domain;
using Xunit;

namespace PartnershipHub.Identity.Tests.Unit;

public sealed class InvitationRules
{
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void New_invitation_is_open_for_seven_days_and_stores_only_a_hash_of_its_token()
    {
        var (invitation, token) = Invitation.Issue(Guid.NewGuid(), Now);

        Assert.Equal(InvitationState.Open, invitation.StateAt(Now.AddDays(7).AddSeconds(-1)));
        Assert.Equal(InvitationState.Expired, invitation.StateAt(Now.AddDays(7)));
        Assert.NotEqual(token, invitation.TokenHash);
        Assert.Equal(Invitation.Hash(token), invitation.TokenHash);
        Assert.True(token.Length >= 43);
    }

    [Fact]
    public void Invitation_can_be_accepted_only_once()
    {
        var (invitation, _) = Invitation.Issue(Guid.NewGuid(), Now);

        invitation.Use(Now.AddHours(1));

        Assert.Equal(InvitationState.Used, invitation.StateAt(Now.AddHours(2)));
        Assert.Throws<InvalidOperationException>(() => invitation.Use(Now.AddHours(2)));
        Assert.False(invitation.MayBeRenewed(Now.AddDays(30)));
    }

    [Fact]
    public void Expired_invitation_cannot_be_accepted_but_may_be_renewed()
    {
        var (invitation, _) = Invitation.Issue(Guid.NewGuid(), Now);

        Assert.Throws<InvalidOperationException>(() => invitation.Use(Now.AddDays(8)));
        Assert.True(invitation.MayBeRenewed(Now.AddDays(8)));
        Assert.False(invitation.MayBeRenewed(Now.AddDays(1)));
    }

    [Fact]
    public void Replaced_invitation_stops_working_before_it_expires()
    {
        var (invitation, _) = Invitation.Issue(Guid.NewGuid(), Now);

        invitation.Replace(Now.AddDays(1));

        Assert.Equal(InvitationState.Replaced, invitation.StateAt(Now.AddDays(2)));
        Assert.Throws<InvalidOperationException>(() => invitation.Use(Now.AddDays(2)));
    }

    [Fact]
    public void Tokens_are_unique()
    {
        var tokens = Enumerable.Range(0, 100).Select(_ => Invitation.Issue(Guid.NewGuid(), Now).Token).ToHashSet();

        Assert.Equal(100, tokens.Count);
    }
}
