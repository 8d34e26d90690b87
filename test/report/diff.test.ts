// The line diff behind `-f diff`: minimal edit scripts (checked against an LCS table), and hunks that
// `git apply` accepts on the awkward cases (no final newline, CRLF, edits at the ends, merged and split hunks).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffLines, splitLines, unifiedHunks } from '../../src/report/diff.js';
import { sh } from './fixture.js';

function lcs(a: string[], b: string[]): number {
  const t: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
  }
  return t[0]![0]!;
}

describe('diffLines', () => {
  it('gives a shortest edit script that rebuilds both sides', () => {
    const lines = fc.array(fc.constantFrom('a\n', 'b\n', 'c\n', 'd\n'), { maxLength: 14 });
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const ops = diffLines(a, b);
        expect(ops.filter(([k]) => k !== '+').map(([, l]) => l)).toEqual(a);
        expect(ops.filter(([k]) => k !== '-').map(([, l]) => l)).toEqual(b);
        expect(ops.filter(([k]) => k === ' ').length).toBe(lcs(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('is fast on a large file with scattered edits', () => {
    const a = Array.from({ length: 20000 }, (_, i) => `host${i} IN A 192.0.2.${i % 250}\n`);
    const b = a.filter((_, i) => i % 40 !== 7);
    const t = Date.now();
    const ops = diffLines(a, b);
    expect(Date.now() - t).toBeLessThan(5000);
    expect(ops.filter(([k]) => k === '-')).toHaveLength(500);
  });
});

describe('unifiedHunks with git apply', () => {
  const ten = Array.from({ length: 10 }, (_, i) => `line ${i + 1}\n`).join('');
  const thirty = Array.from({ length: 30 }, (_, i) => `line ${i + 1}\n`).join('');
  const cases: Array<[string, string, string]> = [
    ['delete the first line', ten, ten.replace('line 1\n', '')],
    ['delete the last line', ten, ten.replace('line 10\n', '')],
    ['insert at the start', ten, 'new\n' + ten],
    ['append', ten, ten + 'new\n'],
    ['replace in the middle', ten, ten.replace('line 5\n', 'five\n')],
    ['edits far apart (two hunks)', thirty, thirty.replace('line 3\n', 'three\n').replace('line 25\n', '')],
    ['edits 6 lines apart (one hunk)', thirty, thirty.replace('line 10\n', '').replace('line 17\n', 'x\n')],
    ['edits 7 lines apart (two hunks)', thirty, thirty.replace('line 10\n', '').replace('line 18\n', 'x\n')],
    ['no final newline, unchanged', 'a\nb\nc\nd\ne', 'a\nB\nc\nd\ne'],
    ['no final newline, last line changed', 'a\nb\nc', 'a\nb\nC'],
    ['final newline added', 'a\nb\nc', 'a\nb\nc\n'],
    ['final newline removed', 'a\nb\nc\n', 'a\nb\nc'],
    ['CRLF line endings', 'a\r\nb\r\nc\r\nd\r\n', 'a\r\nc\r\nd\r\n'],
    ['everything deleted', 'a\nb\n', ''],
    ['one line file', 'a\n', 'b\n'],
    ['spaces and tabs, unicode', 'x\t IN A 1\n  ; ü 😀\nz\n', 'x\t IN A 1\nz\n'],
  ];

  it.each(cases)('%s', (_name, before, after) => {
    const repo = mkdtempSync(join(tmpdir(), 'zonelint-diff-'));
    expect(sh('git', ['init', '-q'], { cwd: repo }).status).toBe(0);
    writeFileSync(join(repo, 'db.example'), before);
    const hunks = unifiedHunks(before, after);
    expect(hunks).toMatch(/^@@ -\d+(,\d+)? \+\d+(,\d+)? @@\n/);
    const patch = join(repo, '..', `${repo.split('/').pop()}.diff`);
    writeFileSync(patch, `--- a/db.example\n+++ b/db.example\n${hunks}`);
    const check = sh('git', ['apply', '--check', patch], { cwd: repo });
    expect(check.status, check.stderr + hunks).toBe(0);
    expect(sh('git', ['apply', patch], { cwd: repo }).status).toBe(0);
    expect(readFileSync(join(repo, 'db.example'), 'utf8')).toBe(after);
    // Same hunks as GNU diff -u.
    writeFileSync(join(repo, 'before'), before);
    writeFileSync(join(repo, 'after'), after);
    const gnu = sh('diff', ['-u', 'before', 'after'], { cwd: repo });
    expect(gnu.stdout.split('\n').slice(2).join('\n')).toBe(hunks);
  });

  it('splits hunks like diff -u (3 lines of context)', () => {
    const after = thirty.replace('line 3\n', 'three\n').replace('line 25\n', '');
    expect(unifiedHunks(thirty, after).match(/^@@.*@@$/gm)).toEqual(['@@ -1,6 +1,6 @@', '@@ -22,7 +22,6 @@']);
    expect(unifiedHunks(ten, ten)).toBe('');
    expect(splitLines('a\r\nb')).toEqual(['a\r\n', 'b']);
  });
});
