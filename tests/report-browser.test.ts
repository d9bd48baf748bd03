// The HTML report in a real browser: Debian's chromium, headless, driven over the
// DevTools protocol (--remote-debugging-pipe). Asserts what a reader sees — conflicts
// with their highlighted evidence, hostile article text shown as text and never run,
// columns that sort on click (so the hashed script passed the page's CSP), no network.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newsfacts } from './cli-helpers.ts';
import { reportStore } from './report-store.ts';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`report-browser: ${CHROMIUM} is missing, browser test skipped (CI installs it in .ci/run)`);

/** A minimal DevTools-protocol client over chromium's pipe (fd 3 in, fd 4 out, NUL-separated JSON). */
function devtools(proc: ChildProcess) {
  const input = proc.stdio[3] as NodeJS.WritableStream;
  const output = proc.stdio[4] as NodeJS.ReadableStream;
  let nextId = 1;
  let buffer = '';
  const waiting = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
  const events: { method: string; params: unknown }[] = [];
  output.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let end;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (message.id && waiting.has(message.id)) waiting.get(message.id)!(message);
      else if (message.method) events.push(message);
    }
  });
  const send = (method: string, params: object = {}, sessionId?: string) => new Promise<any>((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, (m) => (m.error ? reject(new Error(`${method}: ${JSON.stringify(m.error)}`)) : resolve(m.result)));
    input.write(`${JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) })}\0`);
  });
  return { send, events };
}

describe.skipIf(!available)('the HTML report in chromium', () => {
  let proc: ChildProcess;
  let profile: string;
  let evaluate: (expression: string) => Promise<any>;
  let events: { method: string; params: any }[];

  beforeAll(async () => {
    const db = reportStore();
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-html-'));
    const page = join(dir, 'report.html');
    const r = newsfacts(['report', '--db', db, '--format', 'html', '--out', page]);
    expect(r.status, r.stderr).toBe(0);
    profile = mkdtempSync(join(tmpdir(), 'newsfacts-chromium-'));
    proc = spawn(CHROMIUM, [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank',
    ], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
    const client = devtools(proc);
    events = client.events;
    const { targetInfos } = await client.send('Target.getTargets');
    const target = targetInfos.find((t: { type: string }) => t.type === 'page');
    const { sessionId } = await client.send('Target.attachToTarget', { targetId: target.targetId, flatten: true });
    await client.send('Network.enable', {}, sessionId);
    await client.send('Log.enable', {}, sessionId);
    await client.send('Page.enable', {}, sessionId);
    await client.send('Page.navigate', { url: pathToFileURL(page).href }, sessionId);
    evaluate = async (expression) => (await client.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId)).result.value;
    for (let i = 0; i < 100 && (await evaluate('document.readyState')) !== 'complete'; i++) await new Promise((ok) => setTimeout(ok, 100));
    writeFileSync(join(dir, 'loaded'), '');
  }, 120_000);

  afterAll(async () => {
    if (proc && proc.exitCode === null) {
      const exited = new Promise((ok) => proc.once('exit', ok));
      proc.kill();
      await exited;
    }
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  test('a reader sees the scale-error conflict with both variants and the marked span', async () => {
    const conflicts = await evaluate(`[...document.querySelectorAll('#conflict-table tbody tr')].map((r) => r.innerText)`);
    const scale = conflicts.filter((text: string) => text.startsWith('scale_error'));
    expect(scale).toHaveLength(1);
    expect(scale[0]).toContain('300 billion USD');
    expect(scale[0]).toContain('30 billion USD');
    const disputed = conflicts.filter((text: string) => text.startsWith('value_mismatch'));
    expect(disputed[0]).toContain('over 60 billion USD');
    expect(disputed[0]).toContain('up to 44 billion USD');
    const marks = await evaluate(`[...document.querySelectorAll('#conflict-table mark')].map((m) => m.textContent)`);
    expect(marks).toEqual(expect.arrayContaining(['$300 billion', '$30 billion']));
  });

  test('hostile article text is shown as text and never runs', async () => {
    expect(await evaluate('document.body.dataset.pwned ?? null')).toBeNull();
    expect(await evaluate('document.querySelectorAll("img").length')).toBe(0);
    expect(await evaluate('document.scripts.length')).toBe(1);
    const text = await evaluate('document.body.innerText');
    expect(text).toContain('<script>alert("x")</script>');
  });

  test('clicking a column header sorts the facts table, both ways', async () => {
    const values = `[...document.querySelectorAll('#fact-table tbody tr')].map((r) => r.cells[0].textContent)`;
    const header = `document.querySelectorAll('#fact-table th')[0]`;
    await evaluate(`${header}.click()`);
    const ascending = await evaluate(values);
    expect(ascending).toEqual(['Alaska LNG', 'Japan']);
    await evaluate(`${header}.click()`);
    expect(await evaluate(values)).toEqual(['Japan', 'Alaska LNG']);
    expect(await evaluate(`${header}.getAttribute('aria-sort')`)).toBe('descending');
  });

  test('the page asks for nothing over the network and breaks no CSP rule', async () => {
    const requests = events.filter((e) => e.method === 'Network.requestWillBeSent').map((e) => e.params.request.url as string);
    expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
    const violations = events.filter((e) => e.method === 'Log.entryAdded' && /Content Security Policy/i.test(e.params.entry.text));
    expect(violations).toEqual([]);
  });
});
