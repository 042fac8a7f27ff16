namespace ChatBot.Search.Retrieval;

/// <summary>What a collector that may stop early says after taking a match.</summary>
internal enum StopVerdict
{
    /// <summary>Go on to the next match.</summary>
    More,

    /// <summary>Nothing more is wanted from this index segment.</summary>
    SegmentDone,

    /// <summary>The result is complete.</summary>
    AllDone,
}
