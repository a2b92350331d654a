using Exports.Tests.Support.Broker;

/// <summary>Runs once around the whole test run: stops the broker container, if the run started one.</summary>
[SetUpFixture]
public sealed class TestRunSetUp
{
    [OneTimeTearDown]
    public Task StopBrokerAsync() => TestBroker.StopAsync();
}
