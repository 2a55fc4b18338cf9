using PartnershipHub.Portal.Auth;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Portal.Api;

public sealed record StaffName(Guid StaffId, string DisplayName);

/// <summary>
/// Colleagues' names for the staff ids other services hold (authors of care notes, who logged a contact), from
/// Identity's staff directory. Names are remembered for the circuit; when the directory cannot answer (a refusal, a
/// lost service) the screens fall back to a short id, so a missing name never hides the note or contact itself.
/// </summary>
public sealed class StaffDirectory(IHttpClientFactory httpClients, UserTokens tokens) : ApiClient(httpClients, tokens, ResourceNames.Identity)
{
    private const int MaxIdsPerCall = 100;
    private readonly Dictionary<Guid, string> _known = [];

    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid> staffIds, CancellationToken cancellationToken = default)
    {
        var missing = staffIds.Distinct().Where(id => !_known.ContainsKey(id)).ToList();
        foreach (var chunk in missing.Chunk(MaxIdsPerCall))
        {
            var result = await GetAsync<List<StaffName>>($"/api/staff?ids={string.Join(',', chunk)}", cancellationToken);
            foreach (var name in result.Value ?? [])
            {
                _known[name.StaffId] = name.DisplayName;
            }
        }

        return _known;
    }

    /// <summary>
    /// Name and work e-mail of school contact people (mentors, teachers, coordinators), which trainers may ask too; null
    /// when the person is not a contact point or Identity cannot answer.
    /// </summary>
    public async Task<StaffContact?> ContactAsync(Guid staffId, CancellationToken cancellationToken = default)
    {
        var result = await GetAsync<List<StaffContact>>($"/api/staff/contacts?ids={staffId}", cancellationToken);
        return result.Value?.FirstOrDefault(c => c.StaffId == staffId);
    }
}
