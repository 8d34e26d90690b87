// Hostile input through the CLI (in-process): each case gives a clear error or a bounded result, and the other
// files of the same run are still linted and reported. Bounds on time are the test timeout, never a timer.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, scratch, type CliRun } from '../helpers/cli.js';
import type { LintResult } from '../../src/report/results.js';

// Linted beside every hostile file: a small zone with one duplicate record.
const OTHER = `$ORIGIN other.example.
$TTL 3600
@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600
@ IN NS ns1
ns1 IN A 192.0.2.1
www IN A 192.0.2.2
www IN A 192.0.2.2
`;

function results(run: CliRun): LintResult[] {
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  return JSON.parse(run.stdout) as LintResult[];
}

function byName(run: CliRun, name: string): LintResult {
  const r = results(run).find((x) => x.filePath.endsWith('/' + name));
  expect(r, `${name} is in the report`).toBeDefined();
  return r!;
}

/** The other zone was linted: its duplicate record was found. */
function otherLinted(run: CliRun, name = 'other.zone'): void {
  const r = byName(run, name);
  expect(r.messages.map((m) => m.ruleId)).toContain('no-duplicate-records');
}

function messagesOf(run: CliRun, name: string): string[] {
  return byName(run, name).messages.map((m) => m.message);
}

const head = '$ORIGIN bad.example.\n$TTL 3600\n';

describe('hostile zone text', () => {
  it('a line of several megabytes', async () => {
    const dir = scratch({ 'bad.zone': head + 'a'.repeat(5_000_000) + ' IN A 192.0.2.1\n' + 'x IN TXT "' + 'y'.repeat(3_000_000) + '"\n', 'other.zone': OTHER });
    const run = await runCli(['-f', 'json', 'bad.zone', 'other.zone'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(byName(run, 'bad.zone').errorCount).toBeGreaterThan(0);
    otherLinted(run);
  });

  it('10^6 opening parentheses', async () => {
    const dir = scratch({ 'bad.zone': head + 'www IN TXT ' + '('.repeat(1_000_000) + '\n', 'other.zone': OTHER });
    const run = await runCli(['-f', 'json', 'bad.zone', 'other.zone'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(byName(run, 'bad.zone').fatalErrorCount).toBeGreaterThan(0);
    otherLinted(run);
  });

  it('unterminated quotes', async () => {
    const dir = scratch({ 'bad.zone': head + 'www IN TXT "abc\nmail IN A 192.0.2.1\n"x\\', 'other.zone': OTHER });
    const run = await runCli(['-f', 'json', 'bad.zone', 'other.zone'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(messagesOf(run, 'bad.zone').join('\n')).toMatch(/quot/i);
    otherLinted(run);
  });

  it('NUL bytes', async () => {
    const dir = scratch({ 'bad.zone': head + 'www\0 IN A 192.0.2.1\n\0\0\0\nx IN TXT "a\0b"\n' + '\0'.repeat(100_000), 'other.zone': OTHER });
    const run = await runCli(['-f', 'json', 'bad.zone', 'other.zone'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(byName(run, 'bad.zone').errorCount).toBeGreaterThan(0);
    otherLinted(run);
  });

  it('invalid UTF-8: linted, and --fix refuses to write it', async () => {
    const dir = scratch({ 'other.zone': OTHER });
    const bytes = Buffer.concat([Buffer.from(head + 'www IN A 192.0.2.1\nwww IN A 192.0.2.1\nx IN TXT "'), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x80]), Buffer.from('"\n')]);
    writeFileSync(join(dir, 'bad.zone'), bytes);
    const run = await runCli(['-f', 'json', 'bad.zone', 'other.zone'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(byName(run, 'bad.zone').messages.map((m) => m.ruleId)).toContain('no-duplicate-records');
    otherLinted(run);
    const fixed = await runCli(['-f', 'json', '--fix', 'bad.zone', 'other.zone'], { cwd: dir });
    expect(messagesOf(fixed, 'bad.zone').join('\n')).toContain('not valid UTF-8');
    expect(readFileSync(join(dir, 'bad.zone')).equals(bytes)).toBe(true);
    expect(readFileSync(join(dir, 'other.zone'), 'utf8')).not.toBe(OTHER); // the other file was fixed
  });

  it('$GENERATE 1-4294967295 is refused without generating anything', async () => {
    const dir = scratch({
      'bad.zone': head + '$GENERATE 1-4294967295 host-$ IN A 192.0.2.1\n',
      'big.zone': head + '$GENERATE 0-2147483647 host-$ IN A 192.0.2.1\n$GENERATE 1-600000 a-$ A 192.0.2.1\n$GENERATE 1-600000 b-$ A 192.0.2.1\n',
      'other.zone': OTHER,
    });
    const run = await runCli(['-f', 'json', 'bad.zone', 'big.zone', 'other.zone'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(messagesOf(run, 'bad.zone').join('\n')).toContain('$GENERATE range "1-4294967295" is out of bounds (0-2147483647)');
    const big = messagesOf(run, 'big.zone').join('\n');
    expect(big).toContain('$GENERATE range 0-2147483647 makes 2147483648 records; zonelint stops at 1000000 generated records per file');
    expect(big).toContain('$GENERATE range 1-600000 makes 600000 records; zonelint stops at 1000000 generated records per file');
    otherLinted(run);
  });

  it('$INCLUDE cycles', async () => {
    const dir = scratch({
      'bad.zone': head + '$INCLUDE a.inc\n',
      'a.inc': '$INCLUDE b.inc\nx IN A 192.0.2.1\n',
      'b.inc': '$INCLUDE a.inc\n',
      'self.zone': head + '$INCLUDE self.zone\n',
      'other.zone': OTHER,
    });
    const run = await runCli(['-f', 'json', 'bad.zone', 'self.zone', 'other.zone'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(messagesOf(run, 'bad.zone').join('\n')).toMatch(/\$INCLUDE cycle/);
    expect(messagesOf(run, 'self.zone').join('\n')).toMatch(/\$INCLUDE cycle/);
    otherLinted(run);
  });
});

describe('$INCLUDE outside the lint root', () => {
  // A secret beside the lint root, in valid zone syntax and in text that would be quoted in syntax errors.
  const MARKER = `zonelint-secret-${process.pid}-${Date.now()}`;
  function setup(): { parent: string; root: string } {
    const parent = mkdtempSync(join(tmpdir(), 'zonelint-root-'));
    const root = join(parent, 'repo');
    mkdirSync(join(root, 'zones'), { recursive: true });
    writeFileSync(join(parent, 'secret.txt'), `${MARKER} IN TXT "${MARKER}"\n${MARKER}:x:0:0:${MARKER}\n`);
    writeFileSync(join(root, 'zones', 'other.zone'), OTHER);
    writeFileSync(join(root, 'zones', 'abs.zone'), head + `$INCLUDE ${join(parent, 'secret.txt')}\n`);
    writeFileSync(join(root, 'zones', 'rel.zone'), head + '$INCLUDE ../../secret.txt\n');
    writeFileSync(join(root, 'zones', 'missing.zone'), head + '$INCLUDE ../../../x\n');
    writeFileSync(join(root, 'zones', 'passwd.zone'), head + '$INCLUDE /etc/passwd\n');
    // A link inside the root that leads out of it.
    symlinkSync(join(parent, 'secret.txt'), join(root, 'zones', 'link.inc'));
    writeFileSync(join(root, 'zones', 'vialink.zone'), head + '$INCLUDE link.inc\n');
    return { parent, root };
  }

  it.each(['json', 'stylish', 'sarif', 'compact'])('is refused with a clear error and nothing of the file is echoed (-f %s)', async (format) => {
    const { root } = setup();
    const run = await runCli(['-f', format, 'zones'], { cwd: root });
    expect(run.code).toBe(1);
    const all = run.stdout + run.stderr;
    expect(all).not.toContain(MARKER);
    expect(all).not.toMatch(/root:x:0:0/);
    if (format !== 'json') return;
    for (const name of ['abs.zone', 'rel.zone', 'missing.zone', 'passwd.zone', 'vialink.zone']) {
      expect(messagesOf(run, name).join('\n'), name).toMatch(/is outside the include root .*: refused \(use --include-root to allow it\)/);
    }
    // A target outside the root is refused as written: zonelint does not even say whether it exists.
    expect(messagesOf(run, 'missing.zone').join('\n')).not.toMatch(/not found/);
    otherLinted(run);
  });

  it('--include-root DIR allows it', async () => {
    const { parent, root } = setup();
    const run = await runCli(['-f', 'json', '--include-root', parent, 'zones/rel.zone', 'zones/abs.zone', 'zones/vialink.zone', 'zones/other.zone'], { cwd: root });
    for (const name of ['abs.zone', 'rel.zone', 'vialink.zone']) {
      expect(messagesOf(run, name).join('\n'), name).not.toMatch(/include root|not found/);
    }
    otherLinted(run);
    const dump = await runCli(['dump', '--include-root', parent, 'zones/rel.zone'], { cwd: root });
    expect(dump.stdout).toContain(`${MARKER}.bad.example.`);
  });

  it('a zone file found in a folder that is a symbolic link to a file outside the root is not read', async () => {
    const { root } = setup();
    symlinkSync(join(root, '..', 'secret.txt'), join(root, 'zones', 'leak.zone'));
    const run = await runCli(['-f', 'json', 'zones'], { cwd: root });
    expect(run.stdout + run.stderr).not.toContain(MARKER);
    expect(messagesOf(run, 'leak.zone').join('\n')).toMatch(/symbolic link to a file outside the include root/);
    otherLinted(run);
  });
});

describe('the file system', () => {
  it('a directory symbolic link loop does not hang discovery', async () => {
    const dir = scratch({ 'zones/a/a.zone': OTHER, 'zones/other.zone': OTHER });
    symlinkSync('..', join(dir, 'zones', 'a', 'up'));
    symlinkSync('.', join(dir, 'zones', 'self'));
    const run = await runCli(['-f', 'json', 'zones'], { cwd: dir });
    expect(run.code).toBe(1);
    const names = results(run).map((r) => r.filePath.slice(dir.length + 1));
    expect(names).toContain('zones/a/a.zone');
    expect(names).toContain('zones/other.zone');
    otherLinted(run);
  });

  it('a symbolic link loop of zone files gives an error for those files only', async () => {
    const dir = scratch({ 'other.zone': OTHER });
    symlinkSync('y.zone', join(dir, 'x.zone'));
    symlinkSync('x.zone', join(dir, 'y.zone'));
    writeFileSync(join(dir, 'inc.zone'), head + '$INCLUDE x.zone\n');
    for (const args of [['x.zone', 'inc.zone', 'other.zone'], ['.']]) {
      const run = await runCli(['-f', 'json', ...args], { cwd: dir });
      expect(run.code).toBe(2);
      expect(messagesOf(run, 'x.zone').join('\n')).toMatch(/ELOOP|symbolic link/i);
      expect(messagesOf(run, 'inc.zone').join('\n')).toMatch(/symbolic link loop/);
      otherLinted(run);
    }
  });

  it('a 2 GB (sparse) file gets a clear error and is not read; the other files are linted', async () => {
    const dir = scratch({ 'zones/other.zone': OTHER });
    const big = join(dir, 'zones', 'huge.zone');
    closeSync(openSync(big, 'w'));
    truncateSync(big, 2_000_000_000);
    try {
      for (const args of [['zones/huge.zone', 'zones/other.zone'], ['zones']]) {
        const run = await runCli(['-f', 'json', ...args], { cwd: dir });
        expect(run.code).toBe(2);
        expect(messagesOf(run, 'huge.zone')).toEqual(["file is 2000000000 bytes, larger than zonelint's limit of 256 MB"]);
        otherLinted(run, 'other.zone');
      }
      const stylish = await runCli(['zones'], { cwd: dir });
      expect(stylish.stdout).toContain("file is 2000000000 bytes, larger than zonelint's limit of 256 MB");
      expect(stylish.stdout + stylish.stderr).not.toMatch(/\n\s+at |RangeError|ERR_/);
    } finally {
      rmSync(big);
    }
  });

  it('standard input over the size limit is refused', async () => {
    const { main } = await import('../../src/cli/main.js');
    const { Readable } = await import('node:stream');
    const chunk = Buffer.alloc(1024 * 1024, 0x20); // the same megabyte, 300 times: 300 MB read, little memory
    let stderr = '';
    const code = await main(['--stdin'], {
      stdout: () => {},
      stderr: (t) => (stderr += t),
      stdin: Readable.from((function* () {
        for (let i = 0; i < 300; i++) yield chunk;
      })()),
      cwd: tmpdir(),
      isTTY: false,
    });
    expect(code).toBe(2);
    expect(stderr).toBe("zonelint: standard input is larger than zonelint's limit of 256 MB\n");
  });

  it('a device is not read', async () => {
    const dir = scratch({ 'other.zone': OTHER });
    symlinkSync('/dev/zero', join(dir, 'zero.zone'));
    writeFileSync(join(dir, 'inc.zone'), head + '$INCLUDE /dev/zero\n');
    const run = await runCli(['-f', 'json', '--include-root', '/', 'zero.zone', 'inc.zone', 'other.zone'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(messagesOf(run, 'zero.zone').join('\n')).toMatch(/not a regular file/);
    expect(messagesOf(run, 'inc.zone').join('\n')).toMatch(/not a regular file/);
    otherLinted(run);
  });

  it('a directory with 100k files, a few of them zones', async () => {
    // tmpfs where there is one: creating 100k files takes ~1 s there and can take a minute on a disk.
    const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'zonelint-100k-'));
    try {
      for (let d = 0; d < 10; d++) {
        const sub = join(dir, `d${d}`);
        mkdirSync(sub);
        for (let i = 0; i < 10_000; i++) writeFileSync(join(sub, `f${i}.txt`), '');
      }
      writeFileSync(join(dir, 'd3', 'other.zone'), OTHER);
      writeFileSync(join(dir, 'd7', 'db.other'), OTHER);
      writeFileSync(join(dir, 'other.zone'), OTHER);
      const run = await runCli(['-f', 'json', '.'], { cwd: dir });
      expect(run.code).toBe(1);
      const names = results(run).map((r) => r.filePath.slice(dir.length + 1));
      expect(names).toEqual(['d3/other.zone', 'd7/db.other', 'other.zone']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
