using System.Net;
using System.Net.Http.Headers;
using Exports.Api.Auth;
using Exports.Tests.Api.Support;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Exports.Tests.Api.Auth;

[TestFixture]
public sealed class TokenCommandTests
{
    private string dataDirectory = null!;

    [SetUp]
    public void CreateDataDirectory() =>
        dataDirectory = Directory.CreateTempSubdirectory("exports-token-tests-").FullName;

    [TearDown]
    public void DeleteDataDirectory() => Directory.Delete(dataDirectory, recursive: true);

    [Test]
    public async Task GeneratedKeyTokenIsAccepted()
    {
        var tenant = TestTokens.NewTenant();
        var (exitCode, output, _) = Run("--tenant", tenant, $"--Storage:DataDirectory={dataDirectory}");
        using var factory = new ApiFactory(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Auth:SigningKey"] = null,
        });
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", output.Trim());

        using var upload = await ApiRequests.UploadAsync(client, "ledger.csv", "a,b\n"u8.ToArray());
        using var list = await client.GetAsync("/api/v1/exports");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.Zero);
            Assert.That(output.Trim().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(File.Exists(DevelopmentSigningKeyFile.PathUnder(dataDirectory)), Is.True);
            Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    [Test]
    public async Task ConfiguredKeyTokenIsAccepted()
    {
        var (_, output, _) = Run("--tenant", "t_demo", $"--Auth:SigningKey={TestTokens.SigningKey}");
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", output.Trim());

        using var response = await client.GetAsync("/api/v1/exports");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ScopeOptionLimitsToken()
    {
        var (_, output, _) = Run(
            "--tenant", "t_demo", "--scope", "exports:read", $"--Auth:SigningKey={TestTokens.SigningKey}");
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", output.Trim());

        using var response = await ApiRequests.UploadAsync(client, "ledger.csv", "a\n"u8.ToArray());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public void TokenCarriesRequestedClaims()
    {
        var (_, output, _) = Run("--tenant", "t_demo", "--subject", "ci-bot", "--lifetime", "2h",
            "--scope", "exports:read exports:write", $"--Storage:DataDirectory={dataDirectory}");

        var token = new JsonWebToken(output.Trim());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(token.GetClaim("tenant_id").Value, Is.EqualTo("t_demo"));
            Assert.That(token.GetClaim("sub").Value, Is.EqualTo("ci-bot"));
            Assert.That(token.GetClaim("scope").Value, Is.EqualTo("exports:read exports:write"));
            Assert.That(token.ValidTo - token.IssuedAt, Is.EqualTo(TimeSpan.FromHours(2)));
            Assert.That(token.Issuer, Is.EqualTo("exports"));
            Assert.That(token.Audiences, Is.EqualTo(new[] { "exports" }));
            Assert.That(token.Alg, Is.EqualTo("HS256"));
        }
    }

    [TestCase(new string[0], "--tenant is missing", TestName = "MissingTenantFails")]
    [TestCase(new[] { "--tenant", "a b" }, "Tenant 'a b' is invalid", TestName = "InvalidTenantFails")]
    [TestCase(new[] { "--tenant", "t", "--scope", "exports:delete" }, "Scope 'exports:delete' is unknown",
        TestName = "UnknownScopeFails")]
    [TestCase(new[] { "--tenant", "t", "--lifetime", "8x" }, "Lifetime '8x' is invalid",
        TestName = "InvalidLifetimeFails")]
    [TestCase(new[] { "--tenant" }, "--tenant has no value", TestName = "OptionWithoutValueFails")]
    public void InvalidArgumentsFail(string[] args, string messagePart)
    {
        var (exitCode, output, error) = Run([.. args, $"--Storage:DataDirectory={dataDirectory}"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.Contain(messagePart));
            Assert.That(error, Does.Contain("Usage:"));
        }
    }

    [Test]
    public void ShortConfiguredKeyFails()
    {
        var (exitCode, output, error) = Run("--tenant", "t", "--Auth:SigningKey=short");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.Contain("Auth__SigningKey"));
        }
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = TokenCommand.Run(args, output, error);

        return (exitCode, output.ToString(), error.ToString());
    }
}
