using System.Text.Json;
using System.Text.Json.Serialization;
using Exports.TestSigner;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
    options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
});
builder.Services.AddSingleton(SigningService.FromConfiguration(builder.Configuration.GetSection("TestSigner")));

var app = builder.Build();
app.MapGet("/health/ready", () => Results.Text("Healthy"));
app.MapPost("/sign", (SignRequest request, SigningService signer, CancellationToken token) => signer.SignAsync(request, token));
app.MapPut("/behaviour", (SignerBehaviour behaviour, SigningService signer) => signer.Behave(behaviour));
app.MapGet("/requests", (SigningService signer) => Results.Ok(new { Count = signer.RequestCount }));
app.Run();
