// Starts the real bot host (the built src/ChatBot) as a process on 127.0.0.1 with a free port
// and a temporary index, waits until it has indexed the seeds, and stops it again.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const project = join(root, 'src', 'ChatBot');
const dll = join(project, 'bin', 'Debug', 'net10.0', 'ChatBot.dll');

export async function startHost() {
  if (!existsSync(dll)) {
    throw new Error(`${dll} is missing: build first (dotnet build src/ChatBot)`);
  }
  const index = mkdtempSync(join(tmpdir(), 'chatbot-node-index-'));
  // Port 0: Kestrel picks a free port and logs it, so there is no race for a port number.
  const child = spawn('dotnet', [dll,
    '--Urls', 'http://127.0.0.1:0',
    '--ChatBot:ArticlesPath', join(root, 'seeds'),
    '--ChatBot:IndexPath', index,
    '--Logging:LogLevel:Default', 'Information'], {
    cwd: project, // the content root: wwwroot and appsettings.json
    env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Production', DOTNET_NOLOGO: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const address = await new Promise((resolveAddress, reject) => {
    const timer = setTimeout(() => reject(new Error('host did not start within 60 s:\n' + output)), 60_000);
    const onData = (chunk) => {
      output += chunk;
      const match = /Now listening on: (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveAddress(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}:\n${output}`));
    });
  });
  const deadline = Date.now() + 60_000;
  while ((await fetch(`${address}/healthz/ready`)).status !== 200) {
    if (Date.now() > deadline) throw new Error('host did not finish indexing within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    address,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(index, { recursive: true, force: true });
    },
  };
}
