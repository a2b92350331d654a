using System.Net;
using System.Net.Sockets;

namespace Exports.Tests.Support.Hosting;

/// <summary>Free TCP ports on 127.0.0.1 for services the tests start.</summary>
public static class LoopbackPorts
{
    /// <summary>
    /// Returns a port that was free a moment ago. Another process may take it before the caller binds it, which
    /// is rare enough for tests.
    /// </summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();

        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
