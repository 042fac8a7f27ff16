// Starts Web Chat on the page. The token comes from the host's token endpoint, which answers
// for both modes: with the built-in Direct Line (domain = this host's /v3/directline) or, when
// a Direct Line secret is configured, with a short-lived token from Azure Bot Service (the
// secret never reaches the browser). Both stream the conversation over a web socket.
(function () {
  'use strict';

  var container = document.getElementById('webchat');
  var status = document.getElementById('status');

  function fail(message) {
    status.textContent = message;
    status.className = 'status error';
  }

  if (!window.WebChat) {
    fail('The chat widget could not be loaded (the Web Chat bundle is missing on the server).');
    return;
  }

  var styleOptions = {
    accent: '#1f3a5f',
    botAvatarInitials: 'CB',
    userAvatarInitials: 'You',
    bubbleMaxWidth: 720,
    bubbleBorderRadius: 8,
    bubbleFromUserBorderRadius: 8,
    bubbleFromUserBackground: '#dde7f3',
    suggestedActionLayout: 'flow',
    suggestedActionBorderRadius: 16,
    hideUploadButton: true,
    sendBoxTextWrap: true,
    rootHeight: '100%',
    rootWidth: '100%'
  };

  fetch(new URL('api/directline/token', document.baseURI), { method: 'POST' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('token endpoint answered ' + response.status);
      }
      return response.json();
    })
    .then(function (conversation) {
      var directLine = window.WebChat.createDirectLine({
        token: conversation.token,
        domain: conversation.domain
      });
      status.remove();
      window.WebChat.renderWebChat(
        {
          directLine: directLine,
          styleOptions: styleOptions,
          locale: 'en-US',
          sendTypingIndicator: false
        },
        container
      );
      var sendBox = container.querySelector('input, textarea');
      if (sendBox) {
        sendBox.focus();
      }
    })
    .catch(function (error) {
      fail('Could not start a conversation with the bot (' + error.message + '). Please reload the page.');
    });
})();
