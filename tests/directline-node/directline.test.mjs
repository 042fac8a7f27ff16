// The real botframework-directlinejs client (the one Web Chat bundles) against the host's
// built-in Direct Line endpoint: token from the host, polling and web socket streaming, a
// question and a follow-up in one conversation, the user's own message echoed back, and a
// token refused elsewhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { startHost } from './host-process.mjs';

const require = createRequire(import.meta.url);
// Direct Line JS talks through XMLHttpRequest, which browsers have and Node does not.
globalThis.XMLHttpRequest = require('xhr2');
// And WebSocket for streaming, which Node 20 lacks too.
globalThis.WebSocket ??= require('ws').WebSocket;
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

let host;
before(async () => { host = await startHost(); });
after(async () => { await host?.stop(); });

async function newToken() {
  const response = await fetch(`${host.address}/api/directline/token`, { method: 'POST' });
  assert.equal(response.status, 200);
  const body = await response.json();
  assert.ok(body.token && body.conversationId && body.expires_in > 0, JSON.stringify(body));
  return body;
}

// Resolves with the first activity matching the predicate, or rejects after the timeout.
function nextActivity(directLine, predicate, timeoutMs = 30_000) {
  return new Promise((resolve, reject) => {
    let subscription;
    const timer = setTimeout(() => {
      subscription?.unsubscribe();
      reject(new Error('no matching activity within ' + timeoutMs + ' ms'));
    }, timeoutMs);
    subscription = directLine.activity$.subscribe((activity) => {
      if (predicate(activity)) {
        clearTimeout(timer);
        setImmediate(() => subscription.unsubscribe());
        resolve(activity);
      }
    });
  });
}

function post(directLine, activity) {
  return new Promise((resolve, reject) => directLine.postActivity(activity).subscribe(resolve, reject));
}

const user = { id: 'node-user', name: 'Node' };

async function questionAndFollowUp({ webSocket }) {
  const { token, domain, conversationId } = await newToken();
  const directLine = new DirectLine({ token, domain, webSocket, pollingInterval: 200 });
  assert.equal(directLine.webSocket, webSocket, 'the client reads the way the test says');
  try {
    const welcome = nextActivity(directLine, (a) => a.from.role === 'bot' && /Hello!/.test(a.text ?? ''));
    const echoedQuestion = nextActivity(directLine, (a) => a.channelData?.clientActivityID === 'node-question');
    const id = await post(directLine, {
      type: 'message', from: user, text: 'what did Putin say about collusion?',
      channelData: { clientActivityID: 'node-question' },
    });
    assert.equal(directLine.conversationId, conversationId);
    await welcome;

    const echo = await echoedQuestion;
    assert.equal(echo.id, id);
    assert.equal(echo.from.id, user.id);
    assert.equal(echo.text, 'what did Putin say about collusion?');

    const answer = await nextActivity(directLine, (a) => a.from.role === 'bot' && a.replyToId === id);
    assert.match(answer.text, /Vladimir Putin/);
    assert.match(answer.text, /Could you name a single fact that would definitively prove the collusion\?/);
    assert.match(answer.text, /Trump Refuses To Condemn Putin/);
    assert.ok(answer.suggestedActions.actions.length > 0, 'suggested follow-ups');

    const followUpId = await post(directLine, { type: 'message', from: user, text: 'and Trump?' });
    const followUp = await nextActivity(directLine, (a) => a.from.role === 'bot' && a.replyToId === followUpId);
    assert.match(followUp.text, /Here is what Donald Trump said about collusion/);
  } finally {
    directLine.end();
  }
}

test('polling: a question and a follow-up in one conversation are answered, the message echoed', () =>
  questionAndFollowUp({ webSocket: false }));

test('web socket: a question and a follow-up in one conversation are answered, the message echoed', () =>
  questionAndFollowUp({ webSocket: true }));

test("one conversation's token cannot open another conversation", async () => {
  const first = await newToken();
  const second = await newToken();
  const directLine = new DirectLine({
    token: first.token, conversationId: second.conversationId, domain: first.domain, webSocket: false,
  });
  try {
    const status = await new Promise((resolve) => {
      const subscription = directLine.connectionStatus$.subscribe((s) => {
        if (s === ConnectionStatus.FailedToConnect || s === ConnectionStatus.Online) {
          setImmediate(() => subscription.unsubscribe());
          resolve(s);
        }
      });
      directLine.activity$.subscribe({ error: () => {} });
    });
    assert.equal(status, ConnectionStatus.FailedToConnect);

    const refused = await fetch(`${first.domain}/conversations/${second.conversationId}/activities`, {
      headers: { Authorization: `Bearer ${first.token}` },
    });
    assert.equal(refused.status, 403);
  } finally {
    directLine.end();
  }
});
