using System.ComponentModel.DataAnnotations;
using ChatBot.Answering.Answers;

namespace ChatBot.Hosting;

/// <summary>The <c>ChatBot</c> configuration section.</summary>
public sealed class ChatBotOptions
{
    public const string Section = "ChatBot";

    /// <summary>The folder of articles indexed at start-up. A relative path is looked for in the
    /// content root and then in each folder above it, so <c>seeds</c> is found from the
    /// repository root and from a published app alike.</summary>
    [Required]
    public string ArticlesPath { get; set; } = "seeds";

    /// <summary>Where the Lucene index lives. Relative paths are under the content root.</summary>
    [Required]
    public string IndexPath { get; set; } = "data/index";

    /// <summary>Whether each turn's log entry includes the question as typed. Off by default:
    /// questions may hold personal data, and the kind, result count and latency logged for every
    /// turn are enough to run the bot. Turn it on only where the operator may keep that text.</summary>
    public bool LogQuestions { get; set; }

    /// <summary>Answer every message by echoing it (the benchmark's protocol floor); the
    /// coverage is still indexed but never asked.</summary>
    public bool EchoOnly { get; set; }

    /// <summary><see cref="EchoOnly"/> as configured, for choosing services while registering
    /// them (before options can be resolved).</summary>
    public static bool IsEchoOnly(IConfiguration configuration) =>
        configuration.GetValue<bool>($"{Section}:{nameof(EchoOnly)}");

    /// <summary>Recent searches whose results are kept until the index changes, so a question
    /// asked again (by another reader, or "more") is not searched again; 0 turns this off.</summary>
    [Range(0, 1_000_000)]
    public int CachedSearches { get; set; } = AnswerService.DefaultCachedSearches;
}
