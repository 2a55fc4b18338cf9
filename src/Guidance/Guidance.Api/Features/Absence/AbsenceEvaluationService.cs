using PartnershipHub.Guidance.Features.Progress;

namespace PartnershipHub.Guidance.Features.Absence;

/// <summary>Runs the absence signal rule for the students each import changed, one import after the other, and refreshes their progress documents.</summary>
public sealed partial class AbsenceEvaluationService(AbsenceEvaluationQueue queue, IServiceScopeFactory scopes, TimeProvider clock, ILogger<AbsenceEvaluationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var students in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using (var scope = scopes.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<AbsenceSignalRule>()
                        .EvaluateAsync(students, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), stoppingToken);
                }

                // The progress view's timeline shows absence per week: bring each changed student's document up to date
                // (a raised signal refreshed its student already; a second refresh is cheap and keeps this simple).
                foreach (var batch in students.Chunk(200))
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var projector = scope.ServiceProvider.GetRequiredService<ProgressProjector>();
                    foreach (var student in batch)
                    {
                        await projector.RefreshAsync(student, stoppingToken);
                    }
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be briefly away; the signal sweep evaluates these students again.
                LogEvaluationFailed(exception, students.Count);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Absence signal evaluation of {Students} students failed; the signal sweep will evaluate them")]
    private partial void LogEvaluationFailed(Exception exception, int students);
}
