using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Runtime.CompilerServices;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Auth;

namespace PartnershipHub.Contract.Tests;

/// <summary>One HTTP call the portal makes: which API, method and path, what it sends and what it reads.</summary>
public sealed record PortalCall(string Client, string Member, string Service, HttpMethod Method, string Path, Type? Sends, Type? Reads)
{
    public override string ToString() => $"{Client}.{Member}: {Method} {Service}{Path.Split('?')[0]}";
}

/// <summary>
/// The calls, found by running every public method of every <see cref="ApiClient"/> in the portal against a recorder
/// (arguments made up per parameter type): the recorder sees the service, method, path and the object sent as JSON,
/// and the method's <c>ApiResult&lt;T&gt;</c> names what it reads. Only what a method cannot show by itself is listed
/// here: what the two imports and the staff directory read before turning it into a view, and the assignment steps,
/// whose route name and body the pages choose.
/// </summary>
public static class PortalCalls
{
    /// <summary>Methods that turn what they read into something else: the type they read from the wire.</summary>
    private static readonly Dictionary<(Type Client, string Method), Type> ReadsInstead = new()
    {
        [(typeof(CompaniesApi), nameof(CompaniesApi.ImportAsync))] = typeof(CompanyImportReport),
        [(typeof(StudentsApi), nameof(StudentsApi.ImportAsync))] = typeof(StudentImportReport),
        [(typeof(CompaniesApi), nameof(CompaniesApi.ImportCsvAsync))] = typeof(CompanyImportReport),
        [(typeof(StudentsApi), nameof(StudentsApi.ImportCsvAsync))] = typeof(StudentImportReport),
        [(typeof(StaffDirectory), nameof(StaffDirectory.NamesAsync))] = typeof(List<StaffName>),
        [(typeof(StaffDirectory), nameof(StaffDirectory.ContactAsync))] = typeof(List<StaffContact>),
        [(typeof(InternshipsApi), nameof(InternshipsApi.PlacementsAsync))] = typeof(PagedList<InternshipPlacement>),
        [(typeof(InternshipsApi), nameof(InternshipsApi.AllPlacementsAsync))] = typeof(PagedList<InternshipPlacement>),
    };

    /// <summary>
    /// The assignment steps the pages send through <see cref="InternshipsApi.AssignmentStepAsync"/>, with the bodies
    /// they build (Student/MyInternship.razor, Trainer/PlacementDetail.razor, Teacher/TeacherPlacements.razor).
    /// </summary>
    private static readonly (string Step, object Body)[] AssignmentSteps =
    [
        ("start", new { }),
        ("submit", new { evidence = (string?)"", reflection = (string?)"" }),
        ("confirm", new { }),
        ("sign-off", new FeedbackRequest("")),
        ("return", new FeedbackRequest("")),
        ("request-change", new CommentRequest("")),
        ("review", new { }),
    ];

    public static readonly Guid SomeId = Guid.Parse("0f0e0d0c-0b0a-0908-0706-050403020100");

    public static IReadOnlyList<PortalCall> Discover() => Cached.Value;

    private static readonly Lazy<IReadOnlyList<PortalCall>> Cached = new(() => DiscoverAsync().GetAwaiter().GetResult());

    /// <summary>Every <see cref="ApiClient"/> the portal has.</summary>
    public static IReadOnlyList<Type> Clients =>
        [.. typeof(ApiClient).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(ApiClient)) && !type.IsAbstract).OrderBy(type => type.Name)];

    private static async Task<IReadOnlyList<PortalCall>> DiscoverAsync()
    {
        var calls = new List<PortalCall>();
        foreach (var clientType in Clients)
        {
            foreach (var method in clientType.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                         .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType))
                         .OrderBy(m => m.Name))
            {
                var reads = ReadsInstead.TryGetValue((clientType, method.Name), out var instead) ? instead : ReadTypeOf(method);
                if (method.Name == nameof(InternshipsApi.AssignmentStepAsync))
                {
                    foreach (var (step, body) in AssignmentSteps)
                    {
                        calls.Add(await RecordAsync(clientType, method, [SomeId, step, body, CancellationToken.None], reads, $"{method.Name}({step})"));
                    }

                    continue;
                }

                calls.Add(await RecordAsync(clientType, method, [.. method.GetParameters().Select(ArgumentFor)], reads, method.Name));
            }
        }

        return calls;
    }

    private static async Task<PortalCall> RecordAsync(Type clientType, MethodInfo method, object?[] arguments, Type? reads, string member)
    {
        var recorder = new Recorder();
        var tokens = new UserTokens(null!, TimeProvider.System);
        var client = Activator.CreateInstance(clientType, recorder, tokens)!;
        await (Task)method.Invoke(client, arguments)!;
        var request = recorder.Requests.Count == 1
            ? recorder.Requests.Single()
            : throw new InvalidOperationException($"{clientType.Name}.{member} made {recorder.Requests.Count} calls; the test expects one per method.");
        return new PortalCall(clientType.Name, member, request.Service, request.Method, request.Path, request.Sends, reads);
    }

    /// <summary>T of <c>Task&lt;ApiResult&lt;T&gt;&gt;</c>; null for <see cref="NoContent"/> and text.</summary>
    private static Type? ReadTypeOf(MethodInfo method)
    {
        var result = method.ReturnType.IsGenericType ? method.ReturnType.GetGenericArguments()[0] : null;
        if (result is not { IsGenericType: true } || result.GetGenericTypeDefinition() != typeof(ApiResult<>))
        {
            throw new InvalidOperationException(
                $"{method.DeclaringType!.Name}.{method.Name} does not answer an ApiResult<T>: name what it reads in {nameof(ReadsInstead)}.");
        }

        var read = result.GetGenericArguments()[0];
        // A text answer (the staff import's CSV template) has no JSON schema to compare with.
        return read == typeof(NoContent) || read == typeof(string) ? null : read;
    }

    private static object? ArgumentFor(ParameterInfo parameter)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return type switch
        {
            _ when type == typeof(CancellationToken) => CancellationToken.None,
            _ when type == typeof(Guid) => SomeId,
            _ when type == typeof(string) => "x",
            _ when type == typeof(int) => 1,
            _ when type == typeof(double) => 1.0,
            _ when type == typeof(bool) => true,
            _ when type == typeof(DateOnly) => new DateOnly(2026, 1, 5),
            _ when type == typeof(Stream) => new MemoryStream("a\n"u8.ToArray()),
            _ when type == typeof(IEnumerable<Guid>) => new[] { SomeId },
            // A request record: only its type matters, the recorder never serialises it.
            _ when type.IsClass => RuntimeHelpers.GetUninitializedObject(type),
            _ => throw new InvalidOperationException($"No made-up argument for {parameter.Member.DeclaringType!.Name}.{parameter.Member.Name}({type.Name} {parameter.Name})."),
        };
    }

    private sealed record RecordedRequest(string Service, HttpMethod Method, string Path, Type? Sends);

    /// <summary>Records each request and answers 404, so the client returns without reading anything.</summary>
    private sealed class Recorder : IHttpClientFactory
    {
        public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

        public HttpClient CreateClient(string name) => new(new Handler(this, name)) { BaseAddress = new Uri($"http://{name}") };

        private sealed class Handler(Recorder recorder, string service) : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var sends = request.Content is JsonContent json ? json.Value?.GetType() ?? json.ObjectType : null;
                recorder.Requests.Enqueue(new RecordedRequest(service, request.Method, request.RequestUri!.PathAndQuery, sends));
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
            }
        }
    }
}
