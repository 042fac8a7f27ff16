using System.Text;
using System.Text.Json.Nodes;

namespace ChatBot.Tests.Hardening;

/// <summary>
/// The catalogue of hostile and broken activities: malformed JSON, JSON that is not an object,
/// missing and mistyped fields, unknown types, attachments instead of text, huge text, invalid
/// UTF-8 and wrong content types. Each starts from a valid expectReplies message and breaks
/// one thing, so what is tested is that one thing.
/// </summary>
public static class HostileActivities
{
    private const string Json = "application/json";

    public static IReadOnlyDictionary<string, HostileActivity> All { get; } = Build().ToDictionary(a => a.Name);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in All.Keys)
            data.Add(name);
        return data;
    }

    private static IEnumerable<HostileActivity> Build()
    {
        // Malformed JSON.
        yield return Raw("truncated JSON", "{\"type\": \"message\", \"text\": ");
        yield return Raw("empty body", "");
        yield return Raw("whitespace body", "   \n ");
        yield return Raw("lone brace", "{");
        yield return Raw("two objects", "{\"type\":\"message\"}{\"type\":\"message\"}");
        yield return Raw("single quotes", "{'type': 'message', 'text': 'hi'}");
        yield return Raw("trailing garbage", Valid().ToJsonString() + " garbage");
        yield return Raw("deeply nested arrays", new string('[', 5000) + new string(']', 5000));
        yield return Raw("deeply nested objects", string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "1" + new string('}', 5000));
        yield return Raw("NaN literal", "{\"type\": \"message\", \"text\": NaN}");
        yield return Raw("comment in JSON", "/* hi */ " + Valid().ToJsonString());

        // JSON that is not an object.
        yield return Raw("JSON array", "[]");
        yield return Raw("array of activities", $"[{Valid().ToJsonString()}]");
        yield return Raw("JSON string", "\"what did Putin say?\"");
        yield return Raw("JSON number", "42");
        yield return Raw("JSON null", "null");
        yield return Raw("JSON true", "true");
        yield return Raw("empty object", "{}");

        // Missing fields.
        foreach (var field in new[] { "type", "conversation", "serviceUrl", "from", "recipient", "channelId", "id", "text", "deliveryMode" })
            yield return Changed($"missing {field}", a => a.Remove(field));
        yield return Changed("conversation without id", a => a["conversation"] = new JsonObject());
        yield return Changed("from without id", a => a["from"] = new JsonObject { ["name"] = "User" });

        // Wrong types.
        yield return Changed("text as number", a => a["text"] = 42);
        yield return Changed("text as object", a => a["text"] = new JsonObject { ["value"] = "what did Putin say?" });
        yield return Changed("text as array", a => a["text"] = new JsonArray("what", "did"));
        yield return Changed("text as boolean", a => a["text"] = true);
        yield return Changed("type as number", a => a["type"] = 1);
        yield return Changed("type as object", a => a["type"] = new JsonObject());
        yield return Changed("conversation as string", a => a["conversation"] = "conv-1");
        yield return Changed("conversation id as number", a => a["conversation"] = new JsonObject { ["id"] = 7 });
        yield return Changed("from as array", a => a["from"] = new JsonArray());
        yield return Changed("recipient as string", a => a["recipient"] = "bot");
        yield return Changed("serviceUrl as number", a => a["serviceUrl"] = 80);
        yield return Changed("timestamp not a date", a => a["timestamp"] = "yesterday-ish");
        yield return Changed("entities as string", a => a["entities"] = "mention");
        yield return Changed("entities with junk", a => a["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = "bot-1", ["text"] = 5 }));
        yield return Changed("attachments as object", a => a["attachments"] = new JsonObject { ["contentType"] = "image/png" });
        yield return Changed("channelData as string", a => a["channelData"] = "tenant");
        yield return Changed("deliveryMode unknown", a => a["deliveryMode"] = "carrierPigeon");
        yield return Changed("locale as number", a => a["locale"] = 1033);
        yield return Changed("value as deep object", a => a["value"] = new JsonObject { ["x"] = new JsonObject { ["y"] = new JsonArray(1, "2", null) } });
        yield return Changed("membersAdded as string", a =>
        {
            a["type"] = "conversationUpdate";
            a["membersAdded"] = "user-1";
        });
        yield return Changed("membersAdded with nulls", a =>
        {
            a["type"] = "conversationUpdate";
            a["membersAdded"] = new JsonArray(null, new JsonObject());
        });
        yield return Changed("membersRemoved as number", a =>
        {
            a["type"] = "conversationUpdate";
            a["membersRemoved"] = 3;
        });

        // Unknown and unusual activity types.
        foreach (var type in new[] { "somethingNew", "", "event", "typing", "endOfConversation", "messageReaction", "messageUpdate", "messageDelete", "installationUpdate", "trace", "handoff", "command", "deleteUserData", "suggestion", "MESSAGE" })
            yield return Changed($"type '{type}'", a => a["type"] = type);
        yield return Changed("conversationUpdate without members", a => a["type"] = "conversationUpdate");
        yield return Changed("invoke with unknown name", a =>
        {
            a["type"] = "invoke";
            a["name"] = "composeExtension/fetchTask";
        });
        yield return Changed("messageReaction with junk reactions", a =>
        {
            a["type"] = "messageReaction";
            a["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = 3 });
        });

        // Attachments instead of text, huge text, odd text.
        yield return Changed("image attachment without text", a =>
        {
            a.Remove("text");
            a["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "image/png", ["contentUrl"] = "http://127.0.0.1:9/cat.png", ["name"] = "cat.png" });
        });
        yield return Changed("adaptive card attachment without text", a =>
        {
            a["text"] = "";
            a["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = "junk" } });
        });
        yield return Changed("huge text within the size limit", a => a["text"] = string.Concat(Enumerable.Repeat("what did Putin say about collusion? ", 6000)));
        yield return Changed("text of control characters", a => a["text"] = "\u0000\u0001\u0002\u001b[2J\u007f");
        yield return Changed("text with lone surrogate", a => a["text"] = "what did Putin say \ud800?");
        yield return Changed("very long conversation id", a => a["conversation"] = new JsonObject { ["id"] = new string('c', 100_000) });
        yield return Changed("serviceUrl not a URL, normal delivery", a =>
        {
            a["serviceUrl"] = "not a url";
            a.Remove("deliveryMode");
        });
        yield return Changed("serviceUrl javascript:, normal delivery", a =>
        {
            a["serviceUrl"] = "javascript:alert(1)";
            a.Remove("deliveryMode");
        });

        // Bytes and content types.
        yield return new HostileActivity("invalid UTF-8", Json, [.. Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\""), 0xC3, 0x28, 0xFF, 0xFE, .. Encoding.UTF8.GetBytes("\"}")]);
        yield return new HostileActivity("invalid UTF-8 in a valid activity", Json, Splice(Valid().ToJsonString(), "what did Putin say?", [0xED, 0xA0, 0x80, 0xC0, 0xAF]));
        yield return new HostileActivity("invalid UTF-8 in the channel id", Json, Splice(Valid().ToJsonString(), "emulator", [0xC3, 0x28, 0xFF]));
        yield return new HostileActivity("UTF-16 body", Json, Encoding.Unicode.GetBytes(Valid().ToJsonString()));
        yield return new HostileActivity("UTF-8 BOM", Json, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Valid().ToJsonString())]);
        yield return new HostileActivity("binary body", "application/octet-stream", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 31))]);
        yield return new HostileActivity("text/plain content type", "text/plain", Encoding.UTF8.GetBytes(Valid().ToJsonString()));
        yield return new HostileActivity("form content type", "application/x-www-form-urlencoded", Encoding.UTF8.GetBytes("type=message&text=hi"));
        yield return new HostileActivity("XML", "application/xml", Encoding.UTF8.GetBytes("<activity><type>message</type></activity>"));
        yield return new HostileActivity("no content type", null, Encoding.UTF8.GetBytes(Valid().ToJsonString()));
        yield return new HostileActivity("multipart", "multipart/form-data; boundary=x", Encoding.UTF8.GetBytes("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n"));
    }

    /// <summary>A normal question as a channel sends it, with the replies in the response.</summary>
    public static JsonObject Valid() => new()
    {
        ["type"] = "message",
        ["id"] = "activity-1",
        ["channelId"] = "emulator",
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "User" },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "Bot" },
        ["conversation"] = new JsonObject { ["id"] = "hostile-" + Guid.NewGuid().ToString("N") },
        ["text"] = "what did Putin say?",
        ["deliveryMode"] = "expectReplies",
    };

    private static HostileActivity Raw(string name, string body) => new(name, Json, Encoding.UTF8.GetBytes(body));

    private static HostileActivity Changed(string name, Action<JsonObject> change)
    {
        var activity = Valid();
        change(activity);
        return new HostileActivity(name, Json, Encoding.UTF8.GetBytes(activity.ToJsonString()));
    }

    private static byte[] Splice(string json, string marker, byte[] bytes)
    {
        var at = json.IndexOf(marker, StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(json[..at]), .. bytes, .. Encoding.UTF8.GetBytes(json[at..])];
    }
}
