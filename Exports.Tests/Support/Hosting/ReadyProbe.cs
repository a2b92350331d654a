namespace Exports.Tests.Support.Hosting;

/// <summary>Waits until a service's <c>/health/ready</c> returns 200.</summary>
public static class ReadyProbe
{
    /// <summary>Polls the probe until it returns 200, or fails the test after <paramref name="timeout"/>.</summary>
    public static async Task WaitAsync(Uri address, TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        var last = "no answer";
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await client.GetAsync("health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                last = $"status {(int)response.StatusCode}";
            }
            catch (HttpRequestException exception)
            {
                last = exception.Message;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"{address}health/ready did not return 200 within {timeout.TotalSeconds:0} s (last: {last}).");
    }
}
