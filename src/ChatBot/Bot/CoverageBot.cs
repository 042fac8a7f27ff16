using ChatBot.Answering.Answers;
using ChatBot.Answering.Conversations;
using ChatBot.Hosting;
using ChatBot.Indexing;
using ChatBot.State;
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
    ConversationMemoryStore memories,
    WelcomeLedger welcomes,
    IOptions<ChatBotOptions> options,
    ILogger<CoverageBot> logger) : ActivityHandler
{
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

        // An activity without a conversation (which /api/messages refuses) is answered without
        // follow-up memory.
        var memoryKey = ConversationMemoryStore.KeyOf(turnContext.Activity);
        var memory = memoryKey is null ? new ConversationMemory() : memories.Load(memoryKey);
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
        await turnContext.SendActivityAsync(ReplyFactory.Answer(answer, turnContext.Activity), cancellationToken).ConfigureAwait(false);
        // Remembered once the answer is on its way: a reply that could not be sent is not
        // counted as shown.
        if (memoryKey is not null)
            memories.Save(memoryKey, memory);
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
}
