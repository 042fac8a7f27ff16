using System.Text.Json;
using ChatBot.Answering.Answers;
using ChatBot.Answering.Conversations;
using ChatBot.Hosting;
using ChatBot.Indexing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot;

/// <summary>
/// The bot: a thin handler that hands each question to the answering pipeline with the
/// conversation's memory, and sends back the answer formatted for the user's channel. Welcome
/// on install or join (see <see cref="WelcomePolicy"/>), "still reading" while the index is being
/// built. Every await passes the turn's cancellation token.
/// </summary>
public sealed class CoverageBot(
    AnswerService answers,
    IndexingState indexing,
    ConversationState conversationState,
    WelcomeLedger welcomes,
    IOptions<ChatBotOptions> options,
    ILogger<CoverageBot> logger) : ActivityHandler
{
    private readonly IStatePropertyAccessor<string> _memory = conversationState.CreateProperty<string>("memory");

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var question = MentionText.QuestionOf(turnContext.Activity);
        if (!indexing.IsReady)
        {
            await turnContext.SendActivityAsync(StillReading(turnContext.Activity), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (question.Length == 0 && turnContext.Activity.Attachments is { Count: > 0 })
        {
            await turnContext.SendActivityAsync(ReplyFactory.Text("I can only read text questions, not attachments. " + HelpText.Short, turnContext.Activity), cancellationToken).ConfigureAwait(false);
            return;
        }

        var memory = await LoadMemoryAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var answer = answers.Answer(question, memory);
        // One structured entry per turn; the question text only when the operator enabled it.
        if (options.Value.LogQuestions)
        {
            logger.LogInformation("Answered in conversation {ConversationId}: {Kind}, {Status}, {Results} results in {Milliseconds:F1} ms; question {Question}",
                turnContext.Activity.Conversation?.Id, answer.Question.Kind, answer.Status, answer.Items.Count, clock.Elapsed.TotalMilliseconds, question);
        }
        else
        {
            logger.LogInformation("Answered in conversation {ConversationId}: {Kind}, {Status}, {Results} results in {Milliseconds:F1} ms",
                turnContext.Activity.Conversation?.Id, answer.Question.Kind, answer.Status, answer.Items.Count, clock.Elapsed.TotalMilliseconds);
        }
        await _memory.SetAsync(turnContext, JsonSerializer.Serialize(memory), cancellationToken).ConfigureAwait(false);

        await turnContext.SendActivityAsync(ReplyFactory.Answer(answer, turnContext.Activity), cancellationToken).ConfigureAwait(false);
    }

    protected override Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeOnceAsync(turnContext, cancellationToken);

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeOnceAsync(turnContext, cancellationToken);

    private async Task WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (!WelcomePolicy.ShouldWelcome(turnContext.Activity) || !welcomes.TryClaim(WelcomePolicy.ConversationKey(turnContext.Activity)))
            return;
        await turnContext.SendActivityAsync(Welcome(turnContext.Activity), cancellationToken).ConfigureAwait(false);
    }

    private IMessageActivity Welcome(IActivity incoming)
    {
        if (!indexing.IsReady)
            return StillReading(incoming);
        var catalog = answers.Catalog;
        return ReplyFactory.Text("Hello! " + HelpText.Full(catalog), incoming, HelpText.Examples(catalog));
    }

    private IMessageActivity StillReading(IActivity incoming) => ReplyFactory.Text(
        $"I am still reading the coverage ({indexing.ArticlesRead} of {indexing.ArticlesTotal} articles so far). Please ask again in a moment.", incoming);

    private async Task<ConversationMemory> LoadMemoryAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var json = await _memory.GetAsync(turnContext, () => "", cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(json))
            return new ConversationMemory();
        try
        {
            return JsonSerializer.Deserialize<ConversationMemory>(json) ?? new ConversationMemory();
        }
        catch (JsonException)
        {
            // A memory written by an older build: start the conversation afresh rather than fail.
            return new ConversationMemory();
        }
    }
}
