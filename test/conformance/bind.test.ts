// Conformance with BIND 9.18 (named-checkzone / named-compilezone) over the shared corpus.
//  - every zone BIND loads (rc 0): zonelint reports no syntax error and produces the same RR set as BIND's
//    `named-compilezone -s full` dump (compared as normalised wire tuples, see ../helpers/rrset.ts);
//  - every zone BIND rejects (rc 1) for a syntax/rdata reason: zonelint reports at least one syntax error;
//    rejections for semantic reasons (CNAME and other data, no NS, glue, check-names...) are skipped and counted.
// Disagreements listed in KNOWN.md are accepted; any other one fails the test.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseZone } from '../../src/syntax/parser.js';
import type { ParseError, ZoneRoot } from '../../src/syntax/types.js';
import { BIND_FOLDERS, bindIncludeReader, bindRrsPath, readBindCases, readKnown, readTsv, type BindCase } from '../helpers/corpus.js';
import { records, rrSet } from '../helpers/rrset.js';
import { nameKey } from '../../src/syntax/name.js';

const known = readKnown();

/** Everything named-checkzone printed for each rejected case (tools/bind-messages.sh), keyed `folder/file`. */
const bindMessages = new Map<string, string>();
for (const r of readTsv(fileURLToPath(new URL('./bind-messages.tsv', import.meta.url)))) {
  bindMessages.set(`${r['folder']}/${r['file']}`, r['messages'] ?? '');
}

/**
 * Reasons for which BIND rejects a zone that are not the parser's business: zone-content checks made after (or
 * while) loading, and policy options (check-names, -n/-M/-S fail, max-zone-ttl). Everything else BIND's loader
 * fails on (syntax error, bad rdata, unknown type, $GENERATE/$INCLUDE errors, missing TTL or owner...) is syntax.
 */
const SEMANTIC: RegExp[] = [
  /CNAME and other data/,
  /multiple RRs of singleton type/,
  /has 0 SOA records/,
  /has no NS records/,
  /has no address records/,
  /is a CNAME \(illegal\)/,
  /is below a DNAME/,
  /CDS\/CDNSKEY consistency checks failed/,
  /at top of zone/, // DS at the apex, SOA not at the apex
  /check-names/,
  /NS is an address|appears to be an address/,
  /invalid NS owner name \(wildcard\)/,
  /max-zone-ttl/,
  /!= zone class/,
];

interface Verdict {
  kind: 'syntax' | 'semantic';
  reason: string;
}

/** BIND warnings that do not reject a zone on their own. */
const WARNING = /no TTL specified; using|signature has expired|RFC1035 TTL semantics|ignoring out-of-zone data|inherited owner|deprecated|does not end with newline|warning:/;

/** Why BIND rejected a case, from its full output (or the first message when the output was not recorded). */
function classify(c: BindCase): Verdict {
  const lines = (bindMessages.get(`${c.folder}/${c.file}`) ?? c.firstMsg).split(' | ');
  const at = lines.findIndex((l) => /loading from master file .* failed: /.test(l));
  const errors = (at < 0 ? lines : lines.slice(0, at)).filter((l) => !WARNING.test(l));
  if (at < 0) {
    // No loader verdict printed (very long output): loader messages mean a syntax failure; otherwise only the
    // zone-level checks (no SOA/NS, glue, CNAME targets, CDS...) failed.
    const loader = errors.find((l) => /dns_master_load:|dns_rdata_fromtext:|\$GENERATE:|unknown RR type|no current owner/.test(l));
    if (loader) return { kind: 'syntax', reason: loader };
    return { kind: 'semantic', reason: errors[0] ?? lines[0] ?? '' };
  }
  const failed = lines[at]!.replace(/^.* failed: /, '');
  const first = errors[0] ?? failed;
  if (SEMANTIC.some((re) => re.test(failed))) return { kind: 'semantic', reason: errors.find((l) => l.includes(failed)) ?? first };
  // Generic loader codes behind a policy check: "out of range" (max-zone-ttl), "bad class" (class != zone class).
  const policy = errors.find((l) => /max-zone-ttl|!= zone class/.test(l));
  if (policy && /^(out of range|bad class)$/.test(failed)) return { kind: 'semantic', reason: policy };
  return { kind: 'syntax', reason: errors.find((l) => l.includes(failed)) ?? first };
}

function describeError(e: ParseError): string {
  const p = e.source.point(e.start);
  const file = e.source.path ? e.source.path.replace(/^.*\/corpus\//, '') : '';
  return `${file}:${p.line}:${p.column}: ${e.message}`;
}

function parseCase(c: BindCase): ZoneRoot {
  const text = readFileSync(c.path, 'utf8');
  return parseZone(text, { origin: c.origin, path: c.path, readInclude: bindIncludeReader(c.cwd) });
}

function absoluteOrigin(o: string): string {
  return o.endsWith('.') ? o : `${o}.`;
}

interface FolderResult {
  folder: string;
  agree: number;
  compared: number;
  skipped: string[];
  /** Loaded zones whose RR set could not be compared (no dump for that file/origin). */
  noDump: string[];
  /** Loaded zones whose RR set was compared with BIND's dump. */
  setCompared: number;
  accepted: string[]; // disagreements listed in KNOWN.md
  failures: string[]; // disagreements not listed
  noLongerDisagree: string[]; // KNOWN.md entries that now agree
}

const results: FolderResult[] = [];

function runFolder(folder: string): FolderResult {
  const res: FolderResult = { folder, agree: 0, compared: 0, skipped: [], noDump: [], setCompared: 0, accepted: [], failures: [], noLongerDisagree: [] };
  for (const c of readBindCases(folder)) {
    const key = `${folder}/${c.file}`;
    const label = c.flags ? `${key} [${c.flags}]` : key;
    let problem: string | undefined;
    if (c.rc === 0) {
      res.compared++;
      const root = parseCase(c);
      const rrsPath = bindRrsPath(c);
      if (root.errors.length > 0) {
        problem = `BIND loads it; zonelint: ${root.errors.slice(0, 3).map(describeError).join(' / ')}${root.errors.length > 3 ? ` (+${root.errors.length - 3} more)` : ''}`;
      } else if (!rrsPath) {
        res.noDump.push(`${label}: no BIND dump (only "no syntax error" checked)`);
      } else {
        const dumpText = readFileSync(rrsPath, 'utf8');
        const dump = parseZone(dumpText, { origin: '.', path: rrsPath });
        const dumpZone = records(dump)[0]?.owner;
        const zone = absoluteOrigin(c.origin);
        // The dump is read by zonelint too: its RR count must be the number of lines that start an RR (BIND writes
        // one RR a line, plus `; resign=` comments), so that a bug shared by both readings cannot hide records.
        const dumpLines = dumpText.split('\n').filter((l) => l !== '' && !/^[\s;]/.test(l)).length;
        if (dump.errors.length > 0) {
          problem = `zonelint rejects BIND's own dump: ${dump.errors.slice(0, 3).map(describeError).join(' / ')}`;
        } else if (records(dump).length !== dumpLines) {
          problem = `zonelint reads ${records(dump).length} records from BIND's dump of ${dumpLines} lines`;
        } else if (dumpZone === undefined || nameKey(dumpZone) !== nameKey(zone)) {
          // The corpus keeps one dump per file: rows loading the same file under another origin have none.
          res.noDump.push(`${label}: BIND's dump is for origin ${dumpZone} (only "no syntax error" checked)`);
        } else {
          res.setCompared++;
          const ours = rrSet(root, zone, /(?:^|\s)-c\s+(\S+)/.exec(c.flags)?.[1]?.toUpperCase());
          const theirs = rrSet(dump);
          const missing = [...theirs].filter((k) => !ours.has(k));
          const extra = [...ours].filter((k) => !theirs.has(k));
          if (missing.length > 0 || extra.length > 0) {
            problem =
              `RR sets differ (${theirs.size} from BIND, ${ours.size} from zonelint): ` +
              [...missing.slice(0, 4).map((k) => `only BIND: ${k}`), ...extra.slice(0, 4).map((k) => `only zonelint: ${k}`)].join(' ; ') +
              (missing.length + extra.length > 8 ? ` (${missing.length} only BIND, ${extra.length} only zonelint)` : '');
          }
        }
      }
    } else {
      const v = classify(c);
      if (v.kind === 'semantic') {
        res.skipped.push(`${label}: semantic: ${v.reason}`);
        continue;
      }
      res.compared++;
      const root = parseCase(c);
      if (root.errors.length === 0) problem = `BIND rejects it (${v.reason}); zonelint reports no syntax error`;
    }
    if (problem === undefined) {
      res.agree++;
      if (known.has(key)) res.noLongerDisagree.push(key);
    } else if (known.has(key)) {
      res.accepted.push(`${label}: ${problem}  [KNOWN: ${known.get(key)}]`);
    } else {
      res.failures.push(`${label}: ${problem}`);
    }
  }
  return res;
}

describe('conformance with BIND 9.18', () => {
  for (const folder of BIND_FOLDERS) {
    it(folder, () => {
      const res = runFolder(folder);
      results.push(res);
      expect(res.failures, `disagreements with BIND in ${folder} not listed in KNOWN.md`).toEqual([]);
    });
  }

  afterAll(() => {
    const lines = ['BIND agreement (zone loads with the same RR set / zone rejected for a syntax reason):'];
    let a = 0;
    let m = 0;
    let k = 0;
    for (const r of results) {
      lines.push(
        `  ${r.folder.padEnd(24)} ${r.agree} agree / ${r.compared} compared, ${r.skipped.length} skipped, ${r.accepted.length} known` +
          ` (RR sets compared: ${r.setCompared}; loaded without a usable dump: ${r.noDump.length})`,
      );
      a += r.agree;
      m += r.compared;
      k += r.skipped.length;
      for (const x of r.accepted) lines.push(`      known: ${x}`);
      for (const x of r.failures) lines.push(`      DISAGREE: ${x}`);
      for (const x of r.noLongerDisagree) lines.push(`      now agrees (remove from KNOWN.md): ${x}`);
      if (process.env['CONFORMANCE_VERBOSE']) {
        for (const x of r.skipped) lines.push(`      skipped: ${x}`);
        for (const x of r.noDump) lines.push(`      no dump: ${x}`);
      }
    }
    lines.push(`  ${'total'.padEnd(24)} ${a} agree / ${m} compared, ${k} skipped`);
    console.log(lines.join('\n'));
  });
});
