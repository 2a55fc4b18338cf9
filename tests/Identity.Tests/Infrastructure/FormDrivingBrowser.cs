using System.Net;
using Duende.IdentityModel.OidcClient.Browser;

namespace PartnershipHub.Identity.Tests.Infrastructure;

/// <summary>
/// OidcClient's <see cref="IBrowser"/> played by an HttpClient with a cookie jar: follows the redirects of the start
/// URL, fills in Identity's real sign-in form when it is shown, and stops at the redirect to the client's callback.
/// </summary>
public sealed class FormDrivingBrowser(OidcClient oidc, string email, string password) : IBrowser
{
    private readonly HttpClient _browser = oidc.Browser();

    public async Task<BrowserResult> InvokeAsync(BrowserOptions options, CancellationToken cancellationToken = default)
    {
        var next = new Uri(options.StartUrl);
        for (var hop = 0; hop < 10; hop++)
        {
            if (next.AbsoluteUri.StartsWith(options.EndUrl, StringComparison.Ordinal))
            {
                return new BrowserResult { ResultType = BrowserResultType.Success, Response = next.AbsoluteUri };
            }

            var response = next.AbsolutePath == "/account/login"
                ? await SignInAsync(next)
                : await _browser.GetAsync(next, cancellationToken);
            if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther) || response.Headers.Location is null)
            {
                return new BrowserResult
                {
                    ResultType = BrowserResultType.HttpError,
                    Error = $"{(int)response.StatusCode} at {next}: {await response.Content.ReadAsStringAsync(cancellationToken)}",
                };
            }

            next = response.Headers.Location.IsAbsoluteUri ? response.Headers.Location : new Uri(next, response.Headers.Location);
        }

        return new BrowserResult { ResultType = BrowserResultType.UnknownError, Error = "Too many redirects." };
    }

    /// <summary>A page of Identity as this browser (with its cookies) sees it now.</summary>
    public Task<string> PageAsync(string path) => _browser.GetStringAsync(path);

    private Task<HttpResponseMessage> SignInAsync(Uri login)
    {
        var returnUrl = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(login.Query)["ReturnUrl"].ToString();
        return oidc.PostLoginAsync(_browser, email, password, returnUrl);
    }
}
