namespace ChatBot.Answering.Questions;

/// <summary>Words that shape a question but say nothing about its topic.</summary>
internal static class QuestionWords
{
    public static readonly HashSet<string> NotTopic = new(StringComparer.Ordinal)
    {
        // English function words
        "a", "an", "the", "and", "or", "but", "if", "of", "on", "in", "at", "to", "for", "from", "by",
        "with", "about", "as", "into", "over", "after", "before", "during", "than", "then", "that",
        "this", "these", "those", "there", "here", "it", "its", "is", "are", "was", "were", "be", "been",
        "being", "do", "does", "did", "done", "has", "have", "had", "having", "will", "would", "could",
        "should", "can", "may", "might", "must", "shall", "not", "no", "any", "some", "all", "so",
        "he", "she", "they", "them", "his", "her", "their", "him", "we", "us", "our", "you", "your",
        "i", "me", "my", "s", "t", "up", "out", "whether", "also", "just", "ever", "very", "really",
        // question and chat words
        "what", "whats", "who", "whom", "whose", "which", "when", "where", "why", "how", "tell", "show",
        "please", "know", "find", "give", "quote", "quotes", "quoted", "quoting", "remark", "remarks",
        "comment", "comments", "statement", "statements", "words", "say", "said", "says", "saying",
        "think", "thinks", "thought", "speak", "spoke", "talk", "talked", "mention", "mentioned",
        "outlet", "outlets", "publication", "publications", "paper", "papers", "newspaper",
        "newspapers", "carried", "carry", "printed", "print", "published", "publish", "reported",
        "report", "reports", "article", "articles", "coverage", "news", "story", "stories", "source",
        "sources", "anything", "something", "else", "thing", "things", "else", "else's", "regarding",
        "concerning", "re", "wrote", "write", "written", "tweet", "tweeted", "tweets", "claim",
        "claimed", "stated", "according", "reaction", "react", "reacted", "respond", "responded", "response",
        // "what is happening with ...", "what's going on with ...", "the latest on ..."
        "happening", "happened", "going", "latest", "update", "updates",
    };
}
