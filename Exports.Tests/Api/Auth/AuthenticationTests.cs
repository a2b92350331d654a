using System.Net;
using System.Net.Http.Headers;
using Exports.Tests.Api.Support;

namespace Exports.Tests.Api.Auth;

[TestFixture]
public sealed class AuthenticationTests
{
    private ApiFactory factory = null!;

    [OneTimeSetUp]
    public void StartHost() => factory = new ApiFactory();

    [OneTimeTearDown]
    public void StopHost() => factory.Dispose();

    [TestCase("GET", "/api/v1/exports")]
    [TestCase("POST", "/api/v1/exports")]
    [TestCase("GET", "/api/v1/exports/formats")]
    [TestCase("GET", "/api/v1/exports/exp_0123456789abcdefghij")]
    [TestCase("GET", "/api/v1/exports/exp_0123456789abcdefghij/download")]
    [TestCase("POST", "/api/v1/exports/exp_0123456789abcdefghij/cancel")]
    [TestCase("POST", "/api/v1/workbooks")]
    [TestCase("GET", "/api/v1/workbooks/550e8400-e29b-41d4-a716-446655440000")]
    public async Task EndpointWithoutTokenIsUnauthorized(string method, string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.Unauthorized);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer"));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("no bearer token"));
        }
    }

    [Test]
    public async Task ExpiredTokenIsUnauthorized()
    {
        var token = TestTokens.Create(Claims(TestTokens.NewTenant()), expires: DateTime.UtcNow.AddMinutes(-10));

        var problem = await ListWithTokenAsync(token, HttpStatusCode.Unauthorized);

        Assert.That(problem, Does.Contain("expired"));
    }

    [Test]
    public async Task WrongKeyTokenIsUnauthorized()
    {
        var token = TestTokens.Create(
            Claims(TestTokens.NewTenant()), key: "another-signing-key-of-sufficient-length-0123");

        var problem = await ListWithTokenAsync(token, HttpStatusCode.Unauthorized);

        Assert.That(problem, Does.Contain("signature is invalid"));
    }

    [Test]
    public async Task WrongAudienceIsUnauthorized()
    {
        var token = TestTokens.Create(Claims(TestTokens.NewTenant()), audience: "billing");

        var problem = await ListWithTokenAsync(token, HttpStatusCode.Unauthorized);

        Assert.That(problem, Does.Contain("audience"));
    }

    [Test]
    public async Task WrongIssuerIsUnauthorized()
    {
        var token = TestTokens.Create(Claims(TestTokens.NewTenant()), issuer: "someone-else");

        var problem = await ListWithTokenAsync(token, HttpStatusCode.Unauthorized);

        Assert.That(problem, Does.Contain("issuer"));
    }

    [Test]
    public async Task MalformedTokenIsUnauthorized()
    {
        var problem = await ListWithTokenAsync("not.a.jwt", HttpStatusCode.Unauthorized);

        Assert.That(problem, Does.Contain("bearer token"));
    }

    [Test]
    public async Task MissingTenantClaimIsUnauthorized()
    {
        var token = TestTokens.Create(new Dictionary<string, object> { ["sub"] = "u", ["scope"] = "exports:read" });

        var problem = await ListWithTokenAsync(token, HttpStatusCode.Unauthorized);

        Assert.That(problem, Does.Contain("no tenant_id claim"));
    }

    [Test]
    public async Task InvalidTenantClaimIsUnauthorized()
    {
        var token = TestTokens.Create(Claims("tenant/../other"));

        var problem = await ListWithTokenAsync(token, HttpStatusCode.Unauthorized);

        Assert.That(problem, Does.Contain("tenant_id claim is invalid"));
    }

    [Test]
    public async Task SeveralTenantClaimsAreUnauthorized()
    {
        var token = TestTokens.Create(new Dictionary<string, object>
        {
            ["sub"] = "u",
            ["scope"] = "exports:read",
            ["tenant_id"] = new[] { "t_one", "t_two" },
        });

        var problem = await ListWithTokenAsync(token, HttpStatusCode.Unauthorized);

        Assert.That(problem, Does.Contain("must be one string"));
    }

    [Test]
    public async Task NumericTenantClaimIsUnauthorized()
    {
        var token = TestTokens.Create(new Dictionary<string, object>
        {
            ["sub"] = "u",
            ["scope"] = "exports:read",
            ["tenant_id"] = 42,
        });

        var problem = await ListWithTokenAsync(token, HttpStatusCode.Unauthorized);

        Assert.That(problem, Does.Contain("must be one string"));
    }

    [Test]
    public async Task MissingReadScopeIsForbidden()
    {
        var token = TestTokens.For(TestTokens.NewTenant(), "workbooks:write");

        var problem = await ListWithTokenAsync(token, HttpStatusCode.Forbidden);

        Assert.That(problem, Does.Contain("exports:read or exports:write"));
    }

    [Test]
    public async Task WriteScopeAllowsReading()
    {
        var token = TestTokens.For(TestTokens.NewTenant(), "exports:write");

        await ListWithTokenAsync(token, HttpStatusCode.OK);
    }

    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task HealthRespondsWithoutToken(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
        }
    }

    [Test]
    public async Task UnknownRouteIsProblem()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());

        using var response = await client.GetAsync("/api/v1/spreadsheets");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        }
    }

    private static Dictionary<string, object> Claims(string tenant) => new()
    {
        ["sub"] = "test-user",
        ["tenant_id"] = tenant,
        ["scope"] = "exports:read",
    };

    private async Task<string> ListWithTokenAsync(string token, HttpStatusCode expected)
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await client.GetAsync("/api/v1/exports");

        var body = await ApiRequests.ReadJsonAsync(response, expected);

        return expected == HttpStatusCode.OK ? string.Empty : body.GetProperty("detail").GetString()!;
    }
}
