using Microsoft.EntityFrameworkCore;

namespace PartnershipHub.Messaging.Inbox;

/// <summary>
/// One delivery's place in an inbox batch. The delivery waits in its own consume pipe (so its logging scope, trace
/// and cancellation stay its own); the batch runner tells it when to run and how the batch ended.
/// </summary>
internal sealed class InboxTurn(Guid messageId, string consumer, DbContext dbContext, Guid? key)
{
    private TaskCompletionSource<InboxTurnOutcome> _next = NewSignal<InboxTurnOutcome>();
    private TaskCompletionSource<Exception?> _ran = NewSignal<Exception?>();

    public Guid MessageId => messageId;

    public string Consumer => consumer;

    public DbContext DbContext => dbContext;

    /// <summary>What the message is about (<see cref="InboxKey{TMessage}"/>); its batch holds the key's lock while it runs.</summary>
    public Guid? Key => key;

    /// <summary>Set when its batch failed because of another delivery, or its key was held outside the inbox: it then runs in a transaction of its own.</summary>
    public bool Alone { get; set; }

    /// <summary>The batch's write-behind while the turn runs; it may take the consumer's new rows instead of a SaveChanges.</summary>
    public InboxWriteBehind? WriteBehind { get; set; }

    /// <summary>The error of a <see cref="InboxTurnOutcome.Failed"/> outcome.</summary>
    public Exception? Failure { get; private set; }

    /// <summary>The delivery's side: wait for the runner's next word.</summary>
    public async Task<InboxTurnOutcome> NextAsync()
    {
        var outcome = await _next.Task;
        // The runner speaks again only after ReportRan, which comes after this reset.
        _next = NewSignal<InboxTurnOutcome>();
        return outcome;
    }

    /// <summary>The delivery's side: the consumer and its SaveChanges finished, with this error or none.</summary>
    public void ReportRan(Exception? error) => _ran.TrySetResult(error);

    /// <summary>The runner's side: let the delivery run, and learn how its attempt went.</summary>
    public Task<Exception?> RunAsync()
    {
        _ran = NewSignal<Exception?>();
        _next.TrySetResult(InboxTurnOutcome.Run);
        return _ran.Task;
    }

    /// <summary>The runner's side: the final word for this delivery.</summary>
    public void Finish(InboxTurnOutcome outcome, Exception? failure = null)
    {
        Failure = failure;
        _next.TrySetResult(outcome);
    }

    private static TaskCompletionSource<T> NewSignal<T>() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
