namespace ChatBot.Coverage.Evaluation;

/// <summary>Counts for one slice of attributions (direct+mixed, or all) and the measures from them.</summary>
public sealed class ScoreLine
{
    public int Gold { get; set; }

    public int System { get; set; }

    public int Matched { get; set; }

    public int SourceCorrect { get; set; }

    public int CueCorrect { get; set; }

    public double Precision => System == 0 ? 0 : (double)Matched / System;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Matched pairs whose source mentions overlap (or both have none).</summary>
    public double SourceAccuracy => Matched == 0 ? 0 : (double)SourceCorrect / Matched;

    public double CueAccuracy => Matched == 0 ? 0 : (double)CueCorrect / Matched;

    public override string ToString() =>
        $"P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}  speaker {SourceAccuracy:0.000}  cue {CueAccuracy:0.000}  (gold {Gold}, system {System}, matched {Matched})";
}
