using System.Diagnostics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Drops client spans that belong to no operation: the outbox dispatcher's and the schedulers' polling queries (in the
/// thousands an hour) and background calls such as a key-set refresh would bury the traces of what people did. A query
/// or call inside a request, a consumer or a dispatcher's publish span is kept with its trace.
/// </summary>
internal sealed class BackgroundCallSampler : Sampler
{
    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        samplingParameters.ParentContext.TraceId == default && samplingParameters.Kind == ActivityKind.Client
            ? new SamplingResult(SamplingDecision.Drop)
            : new SamplingResult(SamplingDecision.RecordAndSample);
}
