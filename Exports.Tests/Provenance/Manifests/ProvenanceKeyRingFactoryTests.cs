using Exports.Renderer.Provenance.Keys;
using Exports.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Exports.Tests.Provenance.Manifests;

[TestFixture]
public sealed class ProvenanceKeyRingFactoryTests
{
    private string dataDirectory = null!;

    [SetUp]
    public void CreateDirectory() => dataDirectory = Directory.CreateTempSubdirectory("exports-keys-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(dataDirectory, recursive: true);

    [Test]
    public void DevelopmentKeySurvivesRestart()
    {
        var first = Create(new ProvenanceOptions());
        var mac = first.Sign("message"u8);

        var second = Create(new ProvenanceOptions());

        Assert.That(second.Verify(ProvenanceKeyRingFactory.DevelopmentKeyId, "message"u8, mac), Is.True);
    }

    [Test]
    [Platform(Exclude = "Win")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void DevelopmentKeyFileIsOwnerOnly()
    {
        Create(new ProvenanceOptions());

        var mode = File.GetUnixFileMode(Path.Combine(dataDirectory, "keys", "provenance-dev-local.key"));

        Assert.That(mode, Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Test]
    public void ConfiguredCurrentKeySigns()
    {
        var options = Options("k2", ("k1", Key(1)), ("k2", Key(2)));

        var ring = Create(options);

        Assert.That(ring.CurrentKeyId, Is.EqualTo("k2"));
    }

    [Test]
    public void ShortKeyNamesItsSetting()
    {
        var options = Options("k1", ("k1", Convert.ToBase64String(new byte[16])));

        var exception = Assert.Throws<OptionsValidationException>(() => Create(options));

        Assert.That(exception.Message, Does.Contain("Provenance__Keys__k1"));
    }

    [Test]
    public void NonBase64KeyNamesItsSetting()
    {
        var options = Options("k1", ("k1", "not-base64-at-all!"));

        var exception = Assert.Throws<OptionsValidationException>(() => Create(options));

        Assert.That(exception.Message, Does.Contain("Provenance__Keys__k1"));
    }

    [Test]
    public void UnknownCurrentKeyIdNamesItsSetting()
    {
        var options = Options("k9", ("k1", Key(1)));

        var exception = Assert.Throws<OptionsValidationException>(() => Create(options));

        Assert.That(exception.Message, Does.Contain("Provenance__CurrentKeyId"));
    }

    private ProvenanceKeyRing Create(ProvenanceOptions options) => ProvenanceKeyRingFactory.Create(
        options, new StorageOptions { DataDirectory = dataDirectory }, NullLogger.Instance);

    private static ProvenanceOptions Options(string current, params (string Id, string Key)[] keys) => new()
    {
        CurrentKeyId = current,
        Keys = keys.ToDictionary(pair => pair.Id, pair => pair.Key),
    };

    private static string Key(byte fill) => Convert.ToBase64String(Enumerable.Repeat(fill, 32).ToArray());
}
