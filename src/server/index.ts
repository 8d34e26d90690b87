// zonelint-language-server: unified-language-server, wrapped.
//
// unified-language-server does document sync, workspace folders, settings (`zonelint.requireConfig`,
// `ignorePath`) and publishes diagnostics for the messages of our processor (processor.ts). It keeps its LSP
// connection to itself, and its code actions can only replace a diagnostic's own range with a message's
// `expected` strings (no titles, no edits elsewhere, no source actions); its formatting returns nothing for
// files with errors. So it runs in this process on a private local socket, and this module sits between it
// and the editor, passing every message through except:
//   - `initialize`: the reply advertises quick fixes and `source.fixAll.zonelint`, and our formatting;
//   - `textDocument/codeAction`: answered here (lint.ts): a quick fix per safe fix and per suggestion, each
//     with its own title and edit, and "fix all" (safe fixes in passes, as --fix; works with syntax errors);
//   - `textDocument/formatting`: the same edits as "fix all" (zonelint never re-prints a zone);
//   - `workspace/configuration` replies: a missing `zonelint` section (null) becomes `{}`, which
//     unified-language-server otherwise fails on (Neovim, Helix and others answer null by default).
import { createServer, type Server, type Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMessages, writeMessage, type Message } from './jsonrpc.js';
import { FIX_ALL_KIND, cwdFor, fixAllAction, fixAllText, forgetDocument, LineIndex, lintDocument, minimalEdit, quickFixes, wanted, type Range } from './lint.js';
import { version } from '../cli/version.js';

const USAGE = `Usage: zonelint-language-server [--stdio]

The zonelint language server (LSP) for *.zone and *.db files, on stdin/stdout.
Configuration is found as the CLI finds it (.zonelintrc*, package.json "zonelint", .zonelintignore).
`;

interface Doc {
  text: string;
}

interface TextDocumentChange {
  range?: Range;
  text: string;
}

function log(text: string): void {
  process.stderr.write(`zonelint-language-server: ${text}\n`);
}

/** A local socket for the in-process server: in a fresh 0700 directory (Unix) or a named pipe (Windows). */
function socketPath(): { path: string; cleanup: () => void } {
  const name = `zonelint-ls-${process.pid}-${Math.random().toString(36).slice(2)}`;
  if (process.platform === 'win32') return { path: `\\\\.\\pipe\\${name}`, cleanup: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'zonelint-ls-'));
  return { path: join(dir, 's'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

async function startInner(): Promise<Socket> {
  const { path, cleanup } = socketPath();
  process.on('exit', cleanup);
  const server: Server = createServer();
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolveListen());
  });
  const accepted = new Promise<Socket>((resolveSocket) => {
    server.once('connection', (socket) => {
      server.close();
      cleanup();
      resolveSocket(socket);
    });
  });
  // vscode-languageserver picks its transport from the command line when the server is created.
  const argv = process.argv;
  process.argv = [argv[0]!, argv[1] ?? 'zonelint-language-server', `--pipe=${path}`];
  try {
    const { createUnifiedLanguageServer } = await import('unified-language-server');
    createUnifiedLanguageServer({
      processorName: new URL('./processor.js', import.meta.url).href,
      processorSpecifier: 'processor',
      configurationSection: 'zonelint',
      ignoreName: '.zonelintignore',
      // No rcName/packageField: zonelint's config files are not unified-engine presets (see processor.ts).
    });
  } finally {
    process.argv = argv;
  }
  return accepted;
}

export async function startServer(args: string[]): Promise<void> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  if (args.includes('--version') || args.includes('-v')) {
    process.stdout.write(`${version}\n`);
    return;
  }
  const unknown = args.filter((a) => a !== '--stdio' && !a.startsWith('--clientProcessId'));
  if (unknown.some((a) => a.startsWith('--node-ipc') || a.startsWith('--socket') || a.startsWith('--pipe'))) {
    log(`only --stdio is supported (got ${unknown.join(' ')})`);
    process.exitCode = 2;
    return;
  }
  // stdout carries the protocol: nothing else may print there.
  for (const k of ['log', 'info', 'debug', 'warn'] as const) console[k] = console.error;
  process.on('unhandledRejection', (e) => log(`unhandled rejection: ${e instanceof Error ? e.stack : String(e)}`));

  const inner = await startInner();
  const toClient = (m: Message) => writeMessage(process.stdout, m);
  const toServer = (m: Message) => writeMessage(inner, m);

  const docs = new Map<string, Doc>();
  const folders = new Set<string>();
  const configRequests = new Set<number | string>();
  let initializeId: number | string | null | undefined;
  let shutdown = false;

  const exit = () => {
    process.stdout.write('', () => process.exit(shutdown ? 0 : 1));
  };
  process.stdin.on('end', exit);
  inner.on('close', exit);

  const addFolder = (uri: string) => {
    if (uri.startsWith('file:')) folders.add(fileURLToPath(uri));
  };

  const respond = (id: Message['id'], work: () => Promise<unknown>) => {
    work().then(
      (result) => toClient({ jsonrpc: '2.0', id, result: result ?? null }),
      (e: unknown) => {
        log(e instanceof Error ? (e.stack ?? e.message) : String(e));
        toClient({ jsonrpc: '2.0', id, error: { code: -32603, message: e instanceof Error ? e.message : String(e) } });
      },
    );
  };

  /** The open document at `uri` and where it is linted from; undefined for documents that are not files. */
  const locate = (uri: string) => {
    const doc = docs.get(uri);
    if (!doc || !uri.startsWith('file:')) return undefined;
    const path = fileURLToPath(uri);
    return { doc, path, cwd: cwdFor(path, [...folders]) };
  };

  const fromClient = (m: Message) => {
    const params = (m.params ?? {}) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    if (m.method === undefined) {
      // A reply to a request of the inner server.
      if (m.id !== undefined && m.id !== null && configRequests.delete(m.id) && Array.isArray(m.result)) {
        m = { ...m, result: m.result.map((r: unknown) => (r === null || typeof r !== 'object' ? {} : r)) };
      }
      toServer(m);
      return;
    }
    switch (m.method) {
      case 'initialize':
        initializeId = m.id;
        for (const f of (params.workspaceFolders ?? []) as { uri: string }[]) addFolder(f.uri);
        if (folders.size === 0 && typeof params.rootUri === 'string') addFolder(params.rootUri);
        break;
      case 'workspace/didChangeWorkspaceFolders':
        for (const f of (params.event?.removed ?? []) as { uri: string }[]) if (f.uri.startsWith('file:')) folders.delete(fileURLToPath(f.uri));
        for (const f of (params.event?.added ?? []) as { uri: string }[]) addFolder(f.uri);
        break;
      case 'textDocument/didOpen':
        docs.set(params.textDocument.uri, { text: params.textDocument.text });
        break;
      case 'textDocument/didChange': {
        const doc = docs.get(params.textDocument.uri);
        if (doc) {
          for (const change of params.contentChanges as TextDocumentChange[]) {
            if (!change.range) doc.text = change.text;
            else {
              const index = new LineIndex(doc.text);
              doc.text = doc.text.slice(0, index.offset(change.range.start)) + change.text + doc.text.slice(index.offset(change.range.end));
            }
          }
        }
        break;
      }
      case 'textDocument/didClose':
        docs.delete(params.textDocument.uri);
        if (String(params.textDocument.uri).startsWith('file:')) forgetDocument(fileURLToPath(params.textDocument.uri));
        break;
      case 'textDocument/codeAction':
        respond(m.id, async () => {
          const at = locate(params.textDocument.uri);
          if (!at) return [];
          const only = params.context?.only as string[] | undefined;
          const actions = [];
          if (wanted('quickfix', only)) {
            const file = await lintDocument(at.path, at.doc.text, at.cwd);
            if (file) actions.push(...quickFixes(params.textDocument.uri, at.doc.text, file, params.range as Range));
          }
          if (wanted(FIX_ALL_KIND, only)) {
            const all = await fixAllAction(params.textDocument.uri, at.path, at.doc.text, at.cwd);
            if (all) actions.push(all);
          }
          return actions;
        });
        return;
      case 'textDocument/formatting':
        respond(m.id, async () => {
          const at = locate(params.textDocument.uri);
          if (!at) return [];
          const output = await fixAllText(at.path, at.doc.text, at.cwd);
          return output === undefined ? [] : [minimalEdit(at.doc.text, output)];
        });
        return;
      case 'shutdown':
        shutdown = true;
        break;
      case 'exit':
        exit();
        return;
    }
    toServer(m);
  };

  const fromServer = (m: Message) => {
    if (m.method === undefined && m.id === initializeId && m.result && typeof m.result === 'object') {
      const result = m.result as { capabilities?: Record<string, unknown>; serverInfo?: unknown };
      result.capabilities = {
        ...result.capabilities,
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND], resolveProvider: false },
        documentFormattingProvider: true,
      };
      result.serverInfo = { name: 'zonelint-language-server', version };
      initializeId = undefined;
    } else if (m.method === 'workspace/configuration' && m.id !== undefined && m.id !== null) {
      configRequests.add(m.id);
    }
    toClient(m);
  };

  readMessages(inner, fromServer, (e) => log(`from the inner server: ${e.message}`));
  readMessages(process.stdin, fromClient, (e) => log(`from the client: ${e.message}`));
}
