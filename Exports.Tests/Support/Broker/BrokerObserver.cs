using System.Collections.Concurrent;
using Exports.Contracts;
using Exports.Messaging;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Exports.Tests.Support.Hosting;

namespace Exports.Tests.Support.Broker;

/// <summary>
/// A bus of the test's own on an environment's broker: it publishes as an internal service would and records
/// every status event, so tests can wait for the event they expect.
/// </summary>
public sealed class BrokerObserver : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly IBusControl bus;
    private readonly EventLog events;

    private BrokerObserver(ServiceProvider provider, EventLog events)
    {
        this.provider = provider;
        this.events = events;
        bus = provider.GetRequiredService<IBusControl>();
    }

    /// <summary>Publishes a message onto the broker.</summary>
    public Task PublishAsync<T>(T message)
        where T : class => bus.Publish(message);

    /// <summary>Waits for the first recorded event of type <typeparamref name="T"/> that matches.</summary>
    public Task<T> WaitForAsync<T>(Func<T, bool> match, TimeSpan? timeout = null)
        where T : class => events.WaitForAsync(match, timeout ?? TimeSpan.FromSeconds(60));

    /// <summary>Every recorded event of type <typeparamref name="T"/> of an export, in arrival order.</summary>
    public IReadOnlyList<T> Recorded<T>(Func<T, bool> match)
        where T : class => events.Recorded(match);

    /// <summary>Starts an observer whose queue is removed when it stops.</summary>
    public static async Task<BrokerObserver> StartAsync(TestEnvironment environment)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(environment.Settings()).Build();
        var events = new EventLog();
        var services = new ServiceCollection();
        services.AddMassTransit(registration => registration.UsingExportsRabbitMq(configuration, (_, transport, names) =>
            transport.ReceiveEndpoint($"{names.Prefix}observer-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.Handler<ExportStarted>(context => events.AddAsync(context.Message));
                endpoint.Handler<ExportProgressed>(context => events.AddAsync(context.Message));
                endpoint.Handler<ExportCompleted>(context => events.AddAsync(context.Message));
                endpoint.Handler<ExportFailed>(context => events.AddAsync(context.Message));
                endpoint.Handler<ExportCancelled>(context => events.AddAsync(context.Message));
            })));

        var provider = services.BuildServiceProvider();
        var observer = new BrokerObserver(provider, events);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await observer.bus.StartAsync(timeout.Token);

        return observer;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await bus.StopAsync();
        await provider.DisposeAsync();
    }

    /// <summary>Events in arrival order, with waiters woken on each arrival.</summary>
    private sealed class EventLog
    {
        private readonly ConcurrentQueue<object> received = new();
        private readonly SemaphoreSlim arrived = new(0);

        public Task AddAsync(object message)
        {
            received.Enqueue(message);
            arrived.Release();

            return Task.CompletedTask;
        }

        public IReadOnlyList<T> Recorded<T>(Func<T, bool> match) => [.. received.OfType<T>().Where(match)];

        public async Task<T> WaitForAsync<T>(Func<T, bool> match, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (true)
            {
                var found = received.OfType<T>().FirstOrDefault(match);
                if (found is not null)
                {
                    return found;
                }

                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !await arrived.WaitAsync(left))
                {
                    throw new TimeoutException(
                        $"No {typeof(T).Name} arrived within {timeout.TotalSeconds:0} s; received: " +
                        string.Join(", ", received.Select(message => message.GetType().Name)));
                }
            }
        }
    }
}
