using ChatBot.Answering.Answers;
using ChatBot.Channels;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatBot.Tests.Channels;

public sealed class CitationEntityTests
{
    [Fact]
    public void Shorten_ShortText_IsUnchanged()
    {
        Assert.Equal("I hold both countries responsible", CitationEntity.Shorten(" I hold both countries responsible ", 160));
    }

    [Fact]
    public void Shorten_LongText_CutsAtAWordWithinTheLimitAndMarksTheCut()
    {
        var text = string.Join(' ', Enumerable.Repeat("collusion", 30));

        var shortened = CitationEntity.Shorten(text, CitationEntity.MaxAbstractLength);

        Assert.True(shortened.Length <= CitationEntity.MaxAbstractLength, $"{shortened.Length} characters");
        Assert.EndsWith("collusion…", shortened);
    }
    [Fact]
    public void Create_TwoSources_WritesTheSchemaOrgMessageTeamsAndWebChatRead()
    {
        var item = new AnswerItem("k", AnswerItemKind.Direct, " I hold both countries responsible ", "Donald Trump", "He said: \"I hold both countries responsible.\"",
        [
            new SourceReference("a1", "Trump and Putin meet", "Reuters", new DateOnly(2018, 7, 16), "https://example.com/a1", 3, 7),
            new SourceReference("a2", "Summit in Helsinki", null, null, null, 1, 2),
        ], 0.9);
        var cited = CitedSource.Number(new Answer(AnswerStatus.Found, null!, "", [item], HasMore: false, []));

        var entity = CitationEntity.Create(cited)!;
        // Written as the adapter writes replies, with Bot Builder's serializer settings (which
        // leave out read-only properties).
        var json = JToken.Parse(JsonConvert.SerializeObject(new Activity { Entities = [entity] }, HttpHelper.BotMessageSerializerSettings))["entities"]![0]!;

        var expected = JToken.Parse("""
            {
              "type": "https://schema.org/Message",
              "@type": "Message",
              "@context": "https://schema.org",
              "@id": "",
              "citation": [
                { "@type": "Claim", "@id": "_:c1", "position": 1,
                  "appearance": { "@type": "DigitalDocument", "name": "Reuters: Trump and Putin meet", "abstract": "I hold both countries responsible", "url": "https://example.com/a1" } },
                { "@type": "Claim", "@id": "_:c2", "position": 2,
                  "appearance": { "@type": "DigitalDocument", "name": "Summit in Helsinki", "abstract": "I hold both countries responsible" } }
              ]
            }
            """);
        Assert.True(JToken.DeepEquals(expected, json), json.ToString());
    }

    [Fact]
    public void Create_NoSources_IsNull()
    {
        Assert.Null(CitationEntity.Create([]));
    }
}
