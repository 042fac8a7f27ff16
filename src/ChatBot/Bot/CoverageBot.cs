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
/// conversation's memory, and sends back the answer. Welcome on join, "still reading" while the
/// index is being built. Every await passes the turn's cancellation token.
/// </summary>
public sealed class CoverageBot(
    AnswerService answers,
    IndexingState indexing,
    ConversationState conversationState,
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
            await turnContext.SendActivityAsync(StillReading(), cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }
        if (question.Length == 0 && turnContext.Activity.Attachments is { Count: > 0 })
        {
            await turnContext.SendActivityAsync("I can only read text questions, not attachments. " + HelpText.Short, cancellationToken: cancellationToken).ConfigureAwait(false);
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

        await turnContext.SendActivityAsync(ReplyFactory.Create(answer), cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Greet people, not the bot joining its own conversation.
        if (membersAdded.Any(m => m.Id != turnContext.Activity.Recipient?.Id))
            await turnContext.SendActivityAsync(Welcome(), cancellationToken).ConfigureAwait(false);
    }

    private IMessageActivity Welcome()
    {
        if (!indexing.IsReady)
            return StillReading();
        var catalog = answers.Catalog;
        var welcome = MessageFactory.Text("Hello! " + HelpText.Full(catalog));
        welcome.TextFormat = TextFormatTypes.Markdown;
        welcome.SuggestedActions = new SuggestedActions
        {
            Actions = HelpText.Examples(catalog).Select(e => new CardAction(ActionTypes.ImBack, title: e, value: e)).ToList(),
        };
        return welcome;
    }

    private IMessageActivity StillReading() => MessageFactory.Text(
        $"I am still reading the coverage ({indexing.ArticlesRead} of {indexing.ArticlesTotal} articles so far). Please ask again in a moment.");

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
