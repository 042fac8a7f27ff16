using ChatBot.Benchmarks.Measurement;

namespace ChatBot.Benchmarks.Http;

/// <summary>POST /api/messages at one concurrency, for the bot and for the echo floor.</summary>
public sealed record HttpResult(int Concurrency, LatencyStats Bot, int BotErrors, LatencyStats Echo, int EchoErrors)
{
    public double ShareOfEcho => Echo.PerSecond == 0 ? 0 : Bot.PerSecond / Echo.PerSecond;
}
