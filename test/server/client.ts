// A small LSP client for tests: spawns the built server (`node bin/zonelint-language-server.js --stdio`) and
// talks JSON-RPC to it over stdio with vscode-jsonrpc, answering the server's requests as Neovim does
// (`workspace/configuration` → null for a section the user did not set).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, Position, TextEdit } from '../../src/server/lint.js';
import { ROOT } from '../helpers/zones.js';

export type { Diagnostic, Position, Range, TextEdit } from '../../src/server/lint.js';

export { ROOT };
export const SERVER_BIN = join(ROOT, 'bin/zonelint-language-server.js');

/** The tests run the built server (CI runs `npm run build` before `npm test`); say so clearly if it is missing or stale. */
export function assertBuilt(): void {
  const built = join(ROOT, 'dist/src/server/index.js');
  if (!existsSync(built)) throw new Error(`${built} is missing: run \`npm run build\` before these tests`);
  const builtAt = statSync(built).mtimeMs;
  const srcDir = join(ROOT, 'src/server');
  for (const f of readdirSync(srcDir)) {
    const src = join(srcDir, f);
    const out = join(ROOT, 'dist/src/server', f.replace(/\.ts$/, '.js'));
    if (!existsSync(out) || statSync(src).mtimeMs > Math.max(builtAt, statSync(out).mtimeMs)) {
      throw new Error(`dist/ is older than src/server/${f}: run \`npm run build\` before these tests`);
    }
  }
}

export interface PublishDiagnosticsParams {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}
export interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: Diagnostic[];
  edit?: { changes?: Record<string, TextEdit[]> };
}

export class LspClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly serverRequests: { method: string; params: unknown }[] = [];
  private waiters: { test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  stderr = '';
  readonly exited: Promise<number | null>;

  private constructor(
    readonly proc: ChildProcess,
    readonly connection: MessageConnection,
  ) {
    proc.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.exited = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(p)) return true;
        w.resolve(p);
        return false;
      });
    });
    connection.onNotification(() => {});
    connection.onRequest((method: string, params: unknown) => {
      this.serverRequests.push({ method, params });
      if (method === 'workspace/configuration') return (params as { items: unknown[] }).items.map(() => null);
      return null;
    });
    connection.listen();
  }

  static start(cwd: string): LspClient {
    const proc = spawn(process.execPath, [SERVER_BIN, '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    return new LspClient(proc, connection);
  }

  request<R>(method: string, params?: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params?: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** The next (or an already received) publishDiagnostics for `uri` (and `version`, when given). */
  diagnostics(uri: string, version?: number, timeoutMs = 20_000): Promise<PublishDiagnosticsParams> {
    const test = (p: PublishDiagnosticsParams) => p.uri === uri && (version === undefined || p.version === version);
    const seen = this.published.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({
        test,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  async initialize(rootDir: string, capabilities: Record<string, unknown> = {}): Promise<{ capabilities: Record<string, any>; serverInfo?: { name: string; version: string } }> { // eslint-disable-line @typescript-eslint/no-explicit-any
    const root = pathToUri(rootDir);
    const result = await this.request<{ capabilities: Record<string, any> }>('initialize', { // eslint-disable-line @typescript-eslint/no-explicit-any
      processId: process.pid,
      rootUri: root,
      workspaceFolders: [{ uri: root, name: 'test' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true }, ...capabilities },
    });
    await this.notify('initialized', {});
    return result;
  }

  async stop(): Promise<number | null> {
    await this.request('shutdown');
    await this.notify('exit');
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    if (this.proc.exitCode === null) this.proc.kill();
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

function offsetAt(text: string, p: Position): number {
  let line = 0;
  let i = 0;
  while (line < p.line) {
    const nl = text.indexOf('\n', i);
    if (nl === -1) return text.length;
    i = nl + 1;
    line++;
  }
  return i + p.character;
}

/** Apply LSP text edits (non-overlapping, all against the same original text). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const withOffsets = edits
    .map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), text: e.newText }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
