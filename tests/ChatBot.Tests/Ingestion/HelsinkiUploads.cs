using System.Text;
using System.Text.Json;
using ChatBot.TestSupport;

namespace ChatBot.Tests.Ingestion;

/// <summary>The Helsinki corpus rewritten as Markdown with front matter (its metadata.json fields
/// inside each file), as a newsroom system would send it over HTTP.</summary>
public static class HelsinkiUploads
{
    /// <summary>Writes one .md file per article into <paramref name="folder"/> and returns the paths.</summary>
    public static IReadOnlyList<string> Write(string folder)
    {
        Directory.CreateDirectory(folder);
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedMaterial.HelsinkiCorpus, "metadata.json")));
        var paths = new List<string>();
        foreach (var entry in metadata.RootElement.EnumerateObject())
        {
            var text = File.ReadAllText(Path.Combine(SharedMaterial.HelsinkiCorpus, entry.Name)).Replace("\r\n", "\n", StringComparison.Ordinal);
            var body = text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
            var markdown = new StringBuilder("---\n");
            foreach (var field in new[] { "title", "outlet", "url", "date" })
                markdown.Append(field).Append(": ").Append(entry.Value.GetProperty(field).GetString()).Append('\n');
            markdown.Append("---\n").Append(body);
            var path = Path.Combine(folder, Path.ChangeExtension(entry.Name, ".md"));
            File.WriteAllText(path, markdown.ToString());
            paths.Add(path);
        }
        return paths;
    }
}
