// Conformance with Knot DNS's zone scanner (libzscanner) over its own test cases: for every
// knot-zscanner/data/NAME.in, zonelint's records and errors must line up, in order, with NAME.out:
//   - each record block: same owner wire (case kept), class, TTL, type and rdata wire;
//   - each WARNG block (Knot skipped one entry): zonelint reports a syntax error for that entry;
//   - an ERROR block (Knot stops): zonelint reports a syntax error there; nothing after it is compared.
// Disagreements listed in KNOWN.md (`- knot-zscanner/NAME.in:LINE: reason`, or the whole file without :LINE)
// are accepted; any other one fails the test.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseZone } from '../../src/syntax/parser.js';
import type { ParseError, RecordNode, SourceText, ZoneRoot } from '../../src/syntax/types.js';
import { corpusPath, hex, knotIncludeReader, readKnotOut, readKnown } from '../helpers/corpus.js';
import { ownerWireHex, recordRdataWire } from '../helpers/rrset.js';

const known = readKnown();
const DATA = corpusPath('knot-zscanner', 'data');
const TESTS = readFileSync(corpusPath('knot-zscanner', 'TESTS'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '' && !l.startsWith('#'));

type KnotBlock =
  | { kind: 'rr'; owner: string; cls: string; ttl: string; type: string; rdata: string }
  | { kind: 'warn'; code: string }
  | { kind: 'error'; code: string };

function readOut(path: string): KnotBlock[] {
  return readKnotOut(path).map((b) => {
    if (b['WARNG'] !== undefined) return { kind: 'warn', code: b['WARNG'] };
    if (b['ERROR'] !== undefined) return { kind: 'error', code: b['ERROR'] };
    return { kind: 'rr', owner: b['OWNER'] ?? '', cls: b['CLASS'] ?? '', ttl: b['RRTTL'] ?? '', type: b['RTYPE'] ?? '', rdata: b['RDATA'] ?? '' };
  });
}

const CLASS_CODES: Record<string, number> = { IN: 1, CS: 2, CH: 3, HS: 4, NONE: 254, ANY: 255 };
function classCode(c: string): number {
  const m = /^CLASS(\d+)$/.exec(c);
  return m ? Number(m[1]) : (CLASS_CODES[c] ?? -1);
}
const h = (n: number, digits: number) => n.toString(16).toUpperCase().padStart(digits, '0');

/** One thing zonelint produced, in document order: a record, or the error(s) of one skipped entry. */
type Event = { kind: 'rr'; rec: RecordNode; line: number; key: number[] } | { kind: 'err'; errors: ParseError[]; line: number; key: number[] };

function orderKey(source: SourceText, offset: number, includedBy: { start: number } | undefined, root: SourceText): number[] {
  if (source === root || !includedBy) return [offset, -1, 0];
  return [includedBy.start, 1, offset];
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Line in the .in file the event belongs to (for included files: the $INCLUDE line). */
function rootLine(root: ZoneRoot, source: SourceText, offset: number, includedBy: { start: number } | undefined): number {
  if (source === root.source || !includedBy) return source.point(offset).line;
  return root.source.point(includedBy.start).line;
}

function events(root: ZoneRoot): Event[] {
  const out: Event[] = [];
  for (const n of root.children) {
    if (n.type !== 'record') continue;
    out.push({ kind: 'rr', rec: n, line: rootLine(root, n.source, n.start, n.includedBy), key: orderKey(n.source, n.start, n.includedBy, root.source) });
  }
  const errs: Event[] = root.errors.map((e) => ({
    kind: 'err' as const,
    errors: [e],
    line: rootLine(root, e.source, e.start, e.includedBy),
    key: orderKey(e.source, e.start, e.includedBy, root.source),
  }));
  // Several errors of one entry count once: merge errors of the same source line.
  const merged: Event[] = [];
  for (const e of errs.sort((a, b) => compareKeys(a.key, b.key))) {
    const prev = merged[merged.length - 1];
    const first = (e as { errors: ParseError[] }).errors[0]!;
    if (prev && prev.kind === 'err') {
      const p = prev.errors[prev.errors.length - 1]!;
      if (p.source === first.source && p.source.point(p.start).line === first.source.point(first.start).line) {
        prev.errors.push(first);
        continue;
      }
    }
    merged.push(e);
  }
  return [...out, ...merged].sort((a, b) => compareKeys(a.key, b.key));
}

interface FileResult {
  name: string;
  agree: number;
  compared: number;
  accepted: string[];
  failures: string[];
}

const results: FileResult[] = [];

function describeRr(r: { owner: string; cls: string; ttl: string; type: string; rdata: string }): string {
  return `OWNER=${r.owner} CLASS=${r.cls} TTL=${r.ttl} TYPE=${r.type} RDATA=${r.rdata}`;
}

function ourRr(rec: RecordNode) {
  let rdata: string;
  try {
    rdata = hex(recordRdataWire(rec, false));
  } catch (e) {
    rdata = `<rdataToWire threw: ${(e as Error).message}>`;
  }
  return { owner: ownerWireHex(rec), cls: h(classCode(rec.class), 4), ttl: h(rec.ttl, 8), type: h(rec.typeCode, 4), rdata };
}

function runFile(name: string): FileResult {
  const res: FileResult = { name, agree: 0, compared: 0, accepted: [], failures: [] };
  const path = `${DATA}/${name}.in`;
  // zscanner's test copies the includes to $TMPDIR/includes and replaces @TMPDIR@: the data folder plays $TMPDIR.
  const text = readFileSync(path, 'utf8').replaceAll('@TMPDIR@', DATA);
  const root = parseZone(text, { origin: '.', path, readInclude: knotIncludeReader() });
  const ours = events(root);
  const theirs = readOut(`${DATA}/${name}.out`);
  const fileKey = `knot-zscanner/${name}.in`;
  const report = (line: number | string, msg: string) => {
    const key = `${fileKey}:${line}`;
    const why = known.get(key) ?? known.get(fileKey);
    if (why !== undefined) res.accepted.push(`${key}: ${msg}  [KNOWN: ${why}]`);
    else res.failures.push(`${key}: ${msg}`);
  };
  const errText = (e: Event) => (e.kind === 'err' ? e.errors.map((x) => x.message).join(' / ') : '');
  // Knot stops at a fatal ERROR: nothing after it is compared.
  const stop = theirs.findIndex((b) => b.kind === 'error');
  const knot = stop >= 0 ? theirs.slice(0, stop + 1) : theirs;
  const mine = ours.map((e) => (e.kind === 'rr' ? { ev: e, rr: ourRr(e.rec) } : { ev: e, rr: undefined }));
  const same = (k: KnotBlock, m: (typeof mine)[number]): boolean => {
    if (k.kind === 'rr') return m.rr !== undefined && (['owner', 'cls', 'ttl', 'type', 'rdata'] as const).every((f) => m.rr![f] === k[f]);
    return m.rr === undefined;
  };
  // Align the two sequences by edit distance (match 0; substitution, Knot-only or zonelint-only block 1), so
  // that one extra or missing entry does not shift every later comparison and a disagreeing entry is reported
  // against its own line. zonelint's events after Knot's fatal ERROR cost nothing (Knot stopped there).
  const n = knot.length;
  const m = mine.length;
  const cost: Int32Array[] = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let j = m - 1; j >= 0; j--) cost[n]![j] = stop >= 0 ? 0 : cost[n]![j + 1]! + 1;
  for (let i = n - 1; i >= 0; i--) {
    cost[i]![m] = cost[i + 1]![m]! + 1;
    for (let j = m - 1; j >= 0; j--) {
      const diag = cost[i + 1]![j + 1]! + (same(knot[i]!, mine[j]!) ? 0 : 1);
      cost[i]![j] = Math.min(diag, cost[i + 1]![j]! + 1, cost[i]![j + 1]! + 1);
    }
  }
  const knotOnly = (k: KnotBlock, line: number | string) => {
    res.compared++;
    if (k.kind === 'error') report(line, `Knot stops with ${k.code}; zonelint reports nothing more`);
    else report(line, k.kind === 'warn' ? `Knot: ${k.code}; zonelint reports nothing for it` : `Knot has ${describeRr(k)}; zonelint has no such record`);
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const k = knot[i]!;
    const o = mine[j]!;
    const c = cost[i]![j]!;
    if (same(k, o) && c === cost[i + 1]![j + 1]!) {
      res.compared++;
      res.agree++;
      if (k.kind === 'error') return res;
      i++;
      j++;
    } else if (c === cost[i + 1]![j + 1]! + 1) {
      res.compared++;
      if (k.kind === 'error') {
        // Knot stops here: zonelint agrees if it reports an error at this point or later.
        if (mine.slice(j).some((e) => !e.rr)) res.agree++;
        else report(o.ev.line, `Knot stops with ${k.code}; zonelint accepts ${describeRr(o.rr!)}`);
        return res;
      }
      if (k.kind === 'warn') report(o.ev.line, `Knot skips this entry (${k.code}); zonelint accepts ${describeRr(o.rr!)}`);
      else if (!o.rr) report(o.ev.line, `Knot accepts ${describeRr(k)}; zonelint: ${errText(o.ev)}`);
      else {
        const diffs = (['owner', 'cls', 'ttl', 'type', 'rdata'] as const).filter((f) => o.rr![f] !== k[f]);
        report(o.ev.line, `record differs in ${diffs.join(', ')}: Knot ${describeRr(k)}; zonelint ${describeRr(o.rr)}`);
      }
      i++;
      j++;
    } else if (c === cost[i + 1]![j]! + 1) {
      // A Knot block with no zonelint counterpart: name it by the line of zonelint's next event.
      knotOnly(k, o.ev.line);
      if (k.kind === 'error') return res;
      i++;
    } else {
      res.compared++;
      report(o.ev.line, o.rr ? `zonelint has ${describeRr(o.rr)}; Knot has no such record here` : `zonelint: ${errText(o.ev)}; Knot reports nothing here`);
      j++;
    }
  }
  while (i < n) {
    knotOnly(knot[i]!, 'end');
    if (knot[i++]!.kind === 'error') return res;
  }
  if (stop < 0) {
    for (; j < m; j++) {
      const o = mine[j]!;
      res.compared++;
      report(o.ev.line, o.rr ? `zonelint has ${describeRr(o.rr)}; Knot has no such record here` : `zonelint: ${errText(o.ev)}; Knot reports nothing here`);
    }
  }
  return res;
}

describe('conformance with Knot zscanner', () => {
  for (const name of TESTS) {
    it(name, () => {
      const res = runFile(name);
      results.push(res);
      expect(res.failures, `disagreements with Knot in ${name}.in not listed in KNOWN.md`).toEqual([]);
    });
  }

  afterAll(() => {
    let a = 0;
    let m = 0;
    const lines: string[] = [];
    for (const r of results) {
      a += r.agree;
      m += r.compared;
      if (r.agree !== r.compared || process.env['CONFORMANCE_VERBOSE']) {
        lines.push(`  ${r.name.padEnd(28)} ${r.agree} agree / ${r.compared} compared, ${r.accepted.length} known`);
      }
      for (const x of r.accepted) lines.push(`      known: ${x}`);
      for (const x of r.failures) lines.push(`      DISAGREE: ${x}`);
    }
    const full = results.filter((r) => r.agree === r.compared).length;
    console.log(
      [`Knot zscanner agreement: ${a} agree / ${m} compared blocks; ${full} / ${results.length} files agree fully`, ...lines].join('\n'),
    );
  });
});
