using System.Threading.Channels;

namespace PartnershipHub.Guidance.Features.Absence;

/// <summary>
/// The students an import changed, waiting for the signal rule: the import answers once its rows are committed, the
/// evaluation follows in the background (raising a signal refreshes the student's progress document, tens of
/// milliseconds each). Lost on a restart: the signal sweep evaluates every student with absence in the window anyway.
/// </summary>
public sealed class AbsenceEvaluationQueue
{
    private readonly Channel<IReadOnlyList<Guid>> _channel = Channel.CreateUnbounded<IReadOnlyList<Guid>>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(IReadOnlyList<Guid> students)
    {
        if (students.Count > 0)
        {
            _channel.Writer.TryWrite(students);
        }
    }

    public IAsyncEnumerable<IReadOnlyList<Guid>> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
