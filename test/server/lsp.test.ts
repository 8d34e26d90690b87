// The language server over real JSON-RPC on stdio: the built bin, spawned as an editor would spawn it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratch, runCli } from '../helpers/cli.js';
import { editorZone, PACKAGE_JSON, withoutExtraWww, zoneProject } from '../helpers/zones.js';
import { applyEdits, assertBuilt, LspClient, pathToUri, ROOT, SERVER_BIN, type CodeAction, type Diagnostic, type TextEdit } from './client.js';

const EMOJI = '\u{1F600}';

// A duplicate record (three copies: "fix all" needs two passes), a CNAME beside other data (a suggestion),
// a duplicate with a non-BMP character (UTF-16 columns) and a syntax error (fixes must still apply).
const TXT = `txt   IN TXT "${EMOJI} ok"\n`;
const ZONE = editorZone(TXT + TXT);
const FIXED = withoutExtraWww(ZONE).replace(TXT + TXT, TXT);

const DOCS = 'https://github.com/zonelint/zonelint/blob/main/docs/rules/';

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

function range(line: number, start: number, endLine: number, end: number) {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

describe('zonelint-language-server over JSON-RPC (stdio)', () => {
  let dir: string;
  let path: string;
  let uri: string;
  let client: LspClient;
  let init: Awaited<ReturnType<LspClient['initialize']>>;

  beforeAll(async () => {
    assertBuilt();
    dir = zoneProject({ 'example.com.zone': ZONE });
    path = join(dir, 'example.com.zone');
    uri = pathToUri(path);
    client = LspClient.start(dir);
    init = await client.initialize(dir);
  });

  afterAll(() => client?.kill());

  it('advertises quick fixes, source.fixAll.zonelint, formatting and full sync', () => {
    expect(init.serverInfo?.name).toBe('zonelint-language-server');
    expect(init.capabilities.textDocumentSync).toBe(1);
    expect(init.capabilities.codeActionProvider.codeActionKinds).toEqual(['quickfix', 'source.fixAll.zonelint']);
    expect(init.capabilities.documentFormattingProvider).toBe(true);
  });

  it('publishes diagnostics on open: ranges, severities, codes, sources, messages, docs links', async () => {
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'zone', version: 1, text: ZONE } });
    const published = await client.diagnostics(uri, 1);
    // The server asked for its settings; the client answered null (no `zonelint` section), as Neovim does.
    expect(client.serverRequests.some((r) => r.method === 'workspace/configuration')).toBe(true);
    const got = published.diagnostics.slice().sort(byPosition).map((d) => ({
      range: d.range,
      severity: d.severity,
      code: d.code,
      source: d.source,
      href: d.codeDescription?.href,
    }));
    expect(got).toEqual([
      { range: range(8, 0, 8, 23), severity: 1, code: 'no-duplicate-records', source: 'zonelint', href: `${DOCS}no-duplicate-records.md` },
      { range: range(9, 0, 9, 23), severity: 1, code: 'no-duplicate-records', source: 'zonelint', href: `${DOCS}no-duplicate-records.md` },
      { range: range(11, 0, 11, 20), severity: 1, code: 'cname-and-other-data', source: 'zonelint', href: `${DOCS}cname-and-other-data.md` },
      // 😀 is two UTF-16 code units: the line is 20 units long (19 characters).
      { range: range(13, 0, 13, 20), severity: 1, code: 'no-duplicate-records', source: 'zonelint', href: `${DOCS}no-duplicate-records.md` },
      { range: range(14, 13, 14, 22), severity: 1, code: 'syntax', source: 'zonelint-syntax', href: `${DOCS}syntax.md` },
    ]);
    const messages = published.diagnostics.slice().sort(byPosition).map((d) => d.message);
    expect(messages[0]).toBe(
      'Duplicate A record for www.example.com. on line 9: identical to the record on line 8. DNS keeps one copy of an RR; delete this one.',
    );
    expect(messages[2]).toMatch(/^TXT record for alias\.example\.com\. on line 12 is beside the CNAME on line 11/);
    expect(messages[4]).toBe('invalid IPv4 address "300.1.2.3" in A address');
  });

  it('matches the CLI on the same file (same discovery, same findings)', async () => {
    const published = await client.diagnostics(uri, 1);
    const cli = await runCli(['-f', 'json', 'example.com.zone'], { cwd: dir });
    const [result] = JSON.parse(cli.stdout) as { messages: { ruleId: string; line: number; column: number; endLine: number; endColumn: number; message: string }[] }[];
    const fromCli = result!.messages.map((m) => [m.ruleId, m.line - 1, m.column - 1, m.endLine - 1, m.endColumn - 1, m.message]);
    const fromLsp = published.diagnostics
      .slice()
      .sort(byPosition)
      .map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.message]);
    expect(fromLsp).toEqual(fromCli);
  });

  it('offers a quick fix at the duplicate: deletes the whole line, titled after what it does', async () => {
    const published = await client.diagnostics(uri, 1);
    const diagnostic = published.diagnostics.find((d) => d.range.start.line === 8)!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: range(8, 4, 8, 4),
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix).toMatchObject({ title: 'Delete line 9 (no-duplicate-records)', kind: 'quickfix' });
    expect(fix.diagnostics?.[0]).toMatchObject({ code: 'no-duplicate-records', range: diagnostic.range });
    expect(fix.edit?.changes?.[uri]).toEqual([{ range: range(8, 0, 9, 0), newText: '' }]);
    // Both copies of www's A record have fixes: a one-pass "fix all of this rule" is offered too.
    const rule = actions.find((a) => a.title === 'Fix all no-duplicate-records problems')!;
    expect(rule.kind).toBe('quickfix');
    expect(applyEdits(ZONE, rule.edit!.changes![uri]!)).not.toContain('www   IN A   192.0.2.10\nwww');
    // No source action when only quick fixes were asked for.
    expect(actions.some((a) => a.kind === 'source.fixAll.zonelint')).toBe(false);
  });

  it('offers each suggestion as its own quick fix, with its title and its own range', async () => {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: range(11, 0, 11, 0),
      context: { diagnostics: [] },
    });
    const suggestion = actions.find((a) => a.kind === 'quickfix')!;
    expect(suggestion.title).toBe('Delete this TXT record (cname-and-other-data)');
    expect(suggestion.isPreferred).toBeUndefined();
    expect(suggestion.edit?.changes?.[uri]).toEqual([{ range: range(11, 0, 12, 0), newText: '' }]);
    // Without `only`, "fix all" is listed too (Neovim's and Helix's code action menus show every kind).
    expect(actions.map((a) => a.kind)).toContain('source.fixAll.zonelint');
  });

  it('"fix all" (source.fixAll.zonelint) applies every safe fix in passes, despite the syntax error', async () => {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: range(0, 0, 0, 0),
      context: { diagnostics: [], only: ['source.fixAll.zonelint'] },
    });
    expect(actions.map((a) => [a.kind, a.title])).toEqual([['source.fixAll.zonelint', 'Fix all auto-fixable zonelint problems']]);
    const edits = actions[0]!.edit!.changes![uri]!;
    expect(edits).toHaveLength(1);
    expect(applyEdits(ZONE, edits)).toBe(FIXED);
    // A client asking for any `source` (or `source.fixAll`) action gets it too.
    const viaParent = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: range(0, 0, 0, 0),
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(viaParent.map((a) => a.kind)).toEqual(['source.fixAll.zonelint']);
  });

  it('formatting applies the same safe fixes', async () => {
    const edits = await client.request<TextEdit[]>('textDocument/formatting', {
      textDocument: { uri },
      options: { tabSize: 8, insertSpaces: false },
    });
    expect(applyEdits(ZONE, edits)).toBe(FIXED);
  });

  it('re-lints on change and publishes the new diagnostics', async () => {
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: FIXED }] });
    const published = await client.diagnostics(uri, 2);
    expect(published.diagnostics.map((d) => d.code).sort()).toEqual(['cname-and-other-data', 'syntax']);
    // Nothing left to fix automatically: no fix-all action.
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: range(0, 0, 0, 0),
      context: { diagnostics: [], only: ['source.fixAll.zonelint'] },
    });
    expect(actions).toEqual([]);
  });

  it('accepts incremental changes too', async () => {
    // Line 15 (index 14): `bad   IN A   300.1.2.3` → `bad   IN A   192.0.2.3` (FIXED has 13 lines; index 12).
    const line = FIXED.split('\n').findIndex((l) => l.startsWith('bad'));
    await client.notify('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: range(line, 13, line, 22), text: '192.0.2.3' }],
    });
    const published = await client.diagnostics(uri, 3);
    expect(published.diagnostics.map((d) => d.code)).toEqual(['cname-and-other-data']);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: range(line - 2, 0, line - 2, 0),
      context: { diagnostics: [] },
    });
    expect(actions.map((a) => a.title)).toEqual(['Delete this TXT record (cname-and-other-data)']);
  });

  it('clears diagnostics on close, then shuts down and exits with 0', async () => {
    await client.notify('textDocument/didClose', { textDocument: { uri } });
    await expect.poll(() => client.published.at(-1)).toMatchObject({ uri, diagnostics: [] });
    expect(await client.stop()).toBe(0);
    expect(client.stderr).toBe('');
  });
});

describe('zonelint-language-server: configuration as the CLI finds it', () => {
  const DUPS = '$TTL 300\nwww IN A 192.0.2.1\nwww IN A 192.0.2.1\n';
  let client: LspClient;
  let dir: string;

  beforeAll(async () => {
    assertBuilt();
    dir = scratch({
      'package.json': PACKAGE_JSON,
      // Nearest config wins: the `quiet` folder turns the rule off (and the SOA/NS rules, for a small zone).
      'quiet/.zonelintrc.json': JSON.stringify({ extends: ['zonelint:recommended'], rules: { 'no-duplicate-records': 'off', 'soa-missing': 'off', 'apex-ns-missing': 'off' } }),
      'quiet/a.zone': DUPS,
      // package.json `zonelint` field: the rule as a warning.
      'warn/package.json': JSON.stringify({ name: 'w', private: true, zonelint: { extends: ['zonelint:recommended'], rules: { 'no-duplicate-records': 'warn' } } }),
      'warn/b.zone': DUPS,
      // A broken config: the CLI reports it; the server must not crash.
      'broken/.zonelintrc.json': JSON.stringify({ rules: { 'no-such-rule': 'error' } }),
      'broken/c.zone': DUPS,
      '.zonelintignore': 'ignored/\n',
      'ignored/d.zone': DUPS,
    });
    client = LspClient.start(dir);
    await client.initialize(dir);
  });

  afterAll(() => client?.kill());

  async function open(rel: string) {
    const uri = pathToUri(join(dir, rel));
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'zone', version: 1, text: readFileSync(join(dir, rel), 'utf8') } });
    return { uri, published: await client.diagnostics(uri, 1) };
  }

  it('.zonelintrc.json in the file’s folder', async () => {
    const { published } = await open('quiet/a.zone');
    expect(published.diagnostics.map((d) => d.code)).not.toContain('no-duplicate-records');
  });

  it('package.json `zonelint` field, and code actions follow the same config', async () => {
    const { uri, published } = await open('warn/b.zone');
    const dup = published.diagnostics.find((d) => d.code === 'no-duplicate-records')!;
    expect(dup.severity).toBe(2);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: dup.range,
      context: { diagnostics: [dup], only: ['quickfix'] },
    });
    expect(actions[0]?.edit?.changes?.[uri]).toEqual([{ range: range(2, 0, 3, 0), newText: '' }]);
    const cli = await runCli(['-f', 'json', 'warn/b.zone'], { cwd: dir });
    const [result] = JSON.parse(cli.stdout) as { messages: { ruleId: string; severity: number }[] }[];
    expect(published.diagnostics.map((d) => [d.code, d.severity]).sort()).toEqual(result!.messages.map((m) => [m.ruleId, m.severity === 2 ? 1 : 2]).sort());
  });

  it('a config error becomes a diagnostic, not a crash', async () => {
    const { published } = await open('broken/c.zone');
    expect(published.diagnostics.length).toBeGreaterThan(0);
    const config = published.diagnostics.find((d) => /no-such-rule/.test(d.message))!;
    expect(config).toMatchObject({ severity: 1, message: `Configuration error: ${join(dir, 'broken/.zonelintrc.json')}: unknown rule "no-such-rule"` });
    // Still alive.
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: pathToUri(join(dir, 'warn/b.zone')) },
      range: range(2, 0, 2, 0),
      context: { diagnostics: [], only: ['quickfix'] },
    });
    expect(actions.length).toBeGreaterThan(0);
  });

  it('.zonelintignore: no diagnostics', async () => {
    const { published } = await open('ignored/d.zone');
    expect(published.diagnostics).toEqual([]);
    expect(await client.stop()).toBe(0);
  });
});

describe('zonelint-language-server: command line', () => {
  const run = (args: string[]) => spawnSync(process.execPath, [SERVER_BIN, ...args], { encoding: 'utf8', timeout: 20_000 });

  it('--version prints the package version, --help the usage; other transports than stdio exit 2', () => {
    assertBuilt();
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version'])).toMatchObject({ status: 0, stdout: `${pkg.version}\n` });
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: zonelint-language-server \[--stdio\]\n/);
    const socket = run(['--socket=6009']);
    expect(socket.status).toBe(2);
    expect(socket.stderr).toContain('only --stdio is supported');
  });
});
