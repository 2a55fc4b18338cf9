using PartnershipHub.Contracts;

namespace PartnershipHub.Testing.Ledger;

/// <summary>
/// The test event. <see cref="Poison"/> makes the consumer fail every time, like a message no code can handle;
/// <see cref="HoldMs"/> keeps the consumer busy that long inside its transaction; <see cref="SwallowDbError"/> makes the
/// consumer run a failing SQL statement and catch the error (which leaves PostgreSQL's transaction aborted);
/// <see cref="CountBefore"/> makes it count the account's rows before adding its own (and record that count);
/// <see cref="FailOnSave"/> gives its row an account too long for the column, so only saving the row fails;
/// <see cref="Forward"/> makes the consumer enqueue a follow-up event for account "<c>next-{Account}</c>" (which it consumes
/// itself), as a consumer that raises an event of its own does; <see cref="GiveUpAfterSwallowing"/> makes a
/// <see cref="SwallowDbError"/> consumer return right after catching the error, adding nothing (logs and gives up);
/// <see cref="LockAccounts"/> makes it lock those accounts' rows one after the other, 200 ms apart (two deliveries naming
/// the same accounts in opposite orders deadlock when their transactions overlap); <see cref="BeginOwnTransaction"/> makes it
/// begin a transaction of its own before adding its row, which the inbox's rules forbid.
/// </summary>
public sealed record AmountBooked(
    string Account,
    int Amount,
    bool Poison = false,
    int HoldMs = 0,
    bool SwallowDbError = false,
    bool CountBefore = false,
    bool FailOnSave = false,
    bool Forward = false,
    bool GiveUpAfterSwallowing = false,
    IReadOnlyList<string>? LockAccounts = null,
    bool BeginOwnTransaction = false) : IntegrationEvent;
