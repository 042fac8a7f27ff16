namespace ChatBot.WebChat;

/// <summary>
/// Serves the Web Chat page at <c>/</c> from wwwroot, with the official Web Chat bundle the
/// build copies from this folder's locked npm install into <c>wwwroot/lib</c>: the page needs
/// no CDN, so it works offline and behind firewalls.
/// </summary>
public static class WebChatPage
{
    public const string BundlePath = "lib/botframework-webchat/webchat.js";

    public static WebApplication MapWebChatPage(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        if (app.Environment.WebRootFileProvider.GetFileInfo(BundlePath) is not { Exists: true })
            app.Logger.LogWarning("The Web Chat bundle is missing ({Path} under wwwroot): the page at / cannot start. Build with npm installed, or run 'npm ci' in src/ChatBot/WebChat and build again.", BundlePath);
        return app;
    }
}
