using System.Net;
using System.Text;

namespace PartnershipHub.Portal.Tests;

/// <summary>Answers every API call from a table of "METHOD path" → status and JSON body, and remembers the calls.</summary>
public sealed class StubHttpClientFactory(Dictionary<string, (HttpStatusCode Status, string Json)> answers) : IHttpClientFactory
{
    public List<string> Calls { get; } = [];

    /// <summary>The JSON body of each call that had one, in order.</summary>
    public List<(string Call, string Body)> Bodies { get; } = [];

    private (HttpStatusCode Status, string Json) Answer(string call) =>
        answers.TryGetValue(call, out var answer) ? answer : (HttpStatusCode.NotFound, "");

    /// <summary>Changes what a call answers from now on (a state that changed meanwhile, in another tab).</summary>
    public void SetAnswer(string call, HttpStatusCode status, string json) => answers[call] = (status, json);

    public HttpClient CreateClient(string name) => new(new Handler(this)) { BaseAddress = new Uri($"http://{name}") };

    private sealed class Handler(StubHttpClientFactory stub) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var call = $"{request.Method} {request.RequestUri!.PathAndQuery}";
            stub.Calls.Add(call);
            if (request.Content is not null)
            {
                stub.Bodies.Add((call, await request.Content.ReadAsStringAsync(cancellationToken)));
            }

            var (status, json) = stub.Answer(call);
            return new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }
    }
}
