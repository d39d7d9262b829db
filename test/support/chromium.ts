/**
 * Headless Chromium driven over the DevTools protocol (the `ws` client, no browser library): open a
 * page, record console errors, exceptions and every network request, evaluate script in the page,
 * take a screenshot. `chromiumPath()` is undefined when no Chromium is installed
 * (scripts/ci-apt-chromium.sh installs Debian's); tests then skip with that reason.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

export function chromiumPath(): string | undefined {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}

export interface PageEvents {
  consoleErrors: string[];
  exceptions: string[];
  requests: string[];
}

export class Browser {
  private constructor(
    private readonly proc: ChildProcess,
    private readonly ws: WebSocket,
    private readonly profile: string,
  ) {}
  private seq = 0;
  private readonly pending = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();
  private readonly listeners: ((m: any) => void)[] = [];

  static async launch(bin: string): Promise<Browser> {
    const profile = mkdtempSync(join(tmpdir(), 'leastpriv-chromium-'));
    const args = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check', '--hide-scrollbars', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'];
    const proc = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const url = await new Promise<string>((resolve, reject) => {
      let err = '';
      const timer = setTimeout(() => reject(new Error(`chromium did not start: ${err.slice(-500)}`)), 30_000);
      proc.stderr!.on('data', (d: Buffer) => {
        err += d.toString();
        const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      proc.on('exit', (code) => reject(new Error(`chromium exited (${code}): ${err.slice(-500)}`)));
    });
    const ws = new WebSocket(url, { perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    const b = new Browser(proc, ws, profile);
    ws.on('message', (data) => b.onMessage(JSON.parse(data.toString())));
    return b;
  }

  private onMessage(m: any): void {
    if (m.id !== undefined && this.pending.has(m.id)) {
      const p = this.pending.get(m.id)!;
      this.pending.delete(m.id);
      if (m.error) p.reject(new Error(`${m.error.message} ${m.error.data ?? ''}`));
      else p.resolve(m.result);
      return;
    }
    for (const l of this.listeners) l(m);
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<any> {
    const id = ++this.seq;
    this.ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  /** A new page, watched from before its first request. */
  async open(url: string, size = { width: 1280, height: 900 }): Promise<Page> {
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true });
    const events: PageEvents = { consoleErrors: [], exceptions: [], requests: [] };
    let loaded: () => void = () => {};
    const load = new Promise<void>((r) => (loaded = r));
    this.listeners.push((m) => {
      if (m.sessionId !== sessionId) return;
      if (m.method === 'Runtime.consoleAPICalled' && (m.params.type === 'error' || m.params.type === 'assert')) events.consoleErrors.push(m.params.args.map((a: any) => a.value ?? a.description).join(' '));
      if (m.method === 'Runtime.exceptionThrown') events.exceptions.push(m.params.exceptionDetails.exception?.description ?? m.params.exceptionDetails.text);
      if (m.method === 'Log.entryAdded' && m.params.entry.level === 'error') events.consoleErrors.push(m.params.entry.text);
      if (m.method === 'Network.requestWillBeSent') events.requests.push(m.params.request.url);
      if (m.method === 'Page.loadEventFired') loaded();
    });
    for (const d of ['Page.enable', 'Runtime.enable', 'Log.enable', 'Network.enable']) await this.send(d, {}, sessionId);
    await this.send('Emulation.setDeviceMetricsOverride', { width: size.width, height: size.height, deviceScaleFactor: 1, mobile: false }, sessionId);
    await this.send('Page.navigate', { url }, sessionId);
    await load;
    return new Page(this, sessionId, events);
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.send('Browser.close'), new Promise((r) => setTimeout(r, 3000))]);
    } catch {
      // closing anyway
    }
    this.ws.close();
    if (this.proc.exitCode === null) {
      const exited = new Promise((r) => this.proc.once('exit', r));
      this.proc.kill('SIGKILL');
      await exited;
    }
    // Chromium's helper processes can still be writing into the profile for a moment after the
    // browser exits (ENOTEMPTY seen in CI): retry for a few seconds, and never fail a test over
    // removing a temporary folder.
    try {
      rmSync(this.profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 });
    } catch (e) {
      console.warn(`chromium: could not remove ${this.profile}: ${(e as Error).message}`);
    }
  }
}

export class Page {
  constructor(
    private readonly browser: Browser,
    private readonly session: string,
    readonly events: PageEvents,
  ) {}

  /** Evaluate an expression in the page (awaiting a promise), returning its JSON value. */
  async eval<T = unknown>(expression: string): Promise<T> {
    const r = await this.browser.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, this.session);
    if (r.exceptionDetails) throw new Error(`in page: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value as T;
  }

  /** A PNG of the viewport, or of a clip of the page, as bytes. */
  async screenshot(clip?: { x: number; y: number; width: number; height: number }): Promise<Buffer> {
    const r = await this.browser.send('Page.captureScreenshot', { format: 'png', ...(clip ? { clip: { ...clip, scale: 1 }, captureBeyondViewport: true } : {}) }, this.session);
    return Buffer.from(r.data, 'base64');
  }
}
