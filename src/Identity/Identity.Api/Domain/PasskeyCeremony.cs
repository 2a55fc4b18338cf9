namespace PartnershipHub.Identity.Domain;

/// <summary>
/// The options (with their challenge) handed to the browser for one passkey registration or sign-in, kept until the
/// browser answers. Stored in the database so any replica can finish it, and deleted when used, so a challenge
/// answers once. <see cref="UserId"/> is set for a registration only.
/// </summary>
public sealed class PasskeyCeremony
{
    public static readonly TimeSpan Validity = TimeSpan.FromMinutes(5);

    public Guid Id { get; private set; }

    public Guid? UserId { get; private set; }

    public string Purpose { get; private set; } = "";

    public string OptionsJson { get; private set; } = "";

    public DateTimeOffset ExpiresAt { get; private set; }

    public const string Registration = "registration";

    public const string SignIn = "sign-in";

    public static PasskeyCeremony Start(string purpose, Guid? userId, string optionsJson, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        UserId = userId,
        Purpose = purpose,
        OptionsJson = optionsJson,
        ExpiresAt = now + Validity,
    };
}
