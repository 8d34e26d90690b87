#!/usr/bin/env node
// Drafts test/conformance/semantic-map.tsv: for every corpus case BIND 9.18 (named-checkzone) or Knot 3.2.6
// (kzonecheck) rejects, the semantic reasons in the checker's output and the zonelint rule that must flag each
// (with the line BIND names, when it names one). Syntax rejections are bind.test.ts's business and are left out.
// The table is reviewed by hand after generation; reasons without a rule are explained in KNOWN-semantic.md.
// Run from the repo root: node test/conformance/tools/semantic-map.mjs > test/conformance/semantic-map.tsv
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CORPUS = resolve('../shared/corpus');
const FOLDERS = ['bind-checkzone', 'bind-checkzone/v9.18.49', 'bind-misc', 'dnspython', 'knot-semantic', 'ldns', 'nsd-tpkg', 'realworld', 'simdzone', 'windows-dns'];

function tsv(path) {
  const lines = readFileSync(path, 'latin1').split('\n').filter((l) => l && !l.startsWith('#'));
  const head = lines[0].split('\t');
  return lines.slice(1).map((l) => Object.fromEntries(l.split('\t').map((c, i) => [head[i], c])));
}

const messages = new Map();
for (const r of tsv('test/conformance/bind-messages.tsv')) messages.set(`${r.folder}/${r.file}`, r.messages);

const WARNING = /no TTL specified; using|signature has expired|RFC1035 TTL semantics|ignoring out-of-zone data|inherited owner|deprecated|does not end with newline|warning:|not loaded due to errors|loading from master file/;

/** Record type written on line `n` of a file (the first token that is a type we care about). */
function typeOnLine(path, n) {
  let text;
  try {
    text = readFileSync(path, 'latin1');
  } catch {
    return '?';
  }
  const line = (text.split('\n')[n - 1] ?? '').replace(/;.*/, '');
  const m = /(?:^|\s)(A|AAAA|MX|NS|SRV|PTR|SVCB|HTTPS|NSEC3|CNAME|DNAME|SOA|DS|TXT|RP|NAPTR|AFSDB|KX)(?:\s|$)/i.exec(line);
  return m ? m[1].toUpperCase() : '?';
}

function rulesFor(msg, cwd, flags) {
  const lineOf = () => {
    const m = /^(?:dns_master_load: |dns_rdata_fromtext: )?([^:]+):(\d+):/.exec(msg);
    return m ? { file: m[1], line: Number(m[2]) } : undefined;
  };
  let m;
  if (/CNAME and other data/.test(msg)) return ['cname-and-other-data', lineOf()];
  if (/multiple RRs of singleton type/.test(msg)) {
    const at = lineOf();
    const t = at ? typeOnLine(join(cwd, at.file), at.line) : '?';
    return [t === 'DNAME' ? 'dname-multiple' : t === 'SOA' ? 'soa-multiple' : 'cname-multiple', at];
  }
  if (/has 0 SOA records/.test(msg)) return ['soa-missing'];
  if (/has no NS records/.test(msg)) return ['apex-ns-missing'];
  if ((m = /: (?:\S+\/)?(NS|MX|SRV) '[^']*' has no address records/.exec(msg))) return [m[1] === 'NS' ? 'glue-missing' : 'target-no-address'];
  if (/'[^']*' is a CNAME \(illegal\)/.test(msg)) return ['target-cname'];
  if (/is below a DNAME/.test(msg)) return ['glue-missing'];
  if (/DS record at top of zone/.test(msg)) return ['ds-at-apex', lineOf()];
  if (/SOA record not at top of zone/.test(msg)) return ['soa-not-at-apex', lineOf()];
  if (/appears to be an address/.test(msg)) return ['target-ip', lineOf()];
  if (/max-zone-ttl/.test(msg)) return ['ttl-max', lineOf()];
  if (/!= zone class/.test(msg)) return ['class-mismatch', lineOf()];
  if (/bad owner name \(check-names\)|bad name \(check-names\)/.test(msg)) {
    const at = lineOf();
    const t = at ? typeOnLine(join(cwd, at.file), at.line) : '?';
    // An NSEC3 owner that is not a base32hex hash is always an error; other check-names findings are warnings
    // unless the case ran with -k fail (named-checkzone's default is warn).
    if (t === 'NSEC3') return ['- (check-names on a NSEC3 owner)', at];
    if (!/-k fail/.test(flags)) return undefined;
    const owner = /bad owner name/.test(msg);
    const ok = owner ? ['A', 'AAAA', 'MX'].includes(t) : ['NS', 'MX', 'SRV', 'PTR'].includes(t);
    return ok ? ['hostname-syntax', at] : [`- (check-names on a ${t} ${owner ? 'owner' : 'target'})`, at];
  }
  if (/CDS\/CDNSKEY consistency/.test(msg)) return ['- (DNSSEC: CDS/CDNSKEY consistency)'];
  if (/invalid NS owner name \(wildcard\)/.test(msg)) return ['- (NS at a wildcard owner)', lineOf()];
  return undefined;
}

const out = [['checker', 'folder', 'file', 'origin', 'flags', 'rule', 'line', 'reason'].join('\t')];
for (const folder of FOLDERS) {
  for (const r of tsv(join(CORPUS, folder, 'EXPECTED.tsv'))) {
    if (r.rc !== '1') continue;
    const flags = r.flags_run && r.flags_run !== '-' ? r.flags_run : '';
    const w = /(?:^|\s)-w\s+(\S+)/.exec(flags);
    const cwd = w ? resolve(CORPUS, folder, w[1]) : join(CORPUS, folder);
    const all = (messages.get(`${folder}/${r.file}`) ?? r.first_msg).split(' | ');
    const seen = new Set();
    for (const msg of all) {
      if (WARNING.test(msg) && !/max-zone-ttl|!= zone class/.test(msg)) continue;
      const hit = rulesFor(msg, cwd, flags);
      if (!hit) continue;
      const [rule, at] = hit;
      const line = at?.line;
      // One row per reason without a rule (BIND repeats check-names once per record).
      const key = rule.startsWith('-') ? rule : rule + '@' + (line ?? '');
      if (seen.has(key)) continue;
      seen.add(key);
      const fileOk = at ? at.file === r.file : true;
      out.push(['bind', folder, r.file, r.origin, flags || '-', rule, at && fileOk ? String(at.line) : '-', msg.slice(0, 160)].join('\t'));
    }
  }
}

// Knot kzonecheck 3.2.6 verdicts.
const KNOT = [
  [/missing SOA at the zone apex/, 'soa-missing'],
  [/another record exists beside CNAME/, 'cname-and-other-data'],
  [/multiple CNAME records/, 'cname-multiple'],
  [/child record exists under DNAME/, 'dname-descendants'],
  [/multiple DNAME records/, 'dname-multiple'],
  [/NS record exists beside DNAME/, 'occluded-data'],
  [/missing NS at the zone apex/, 'apex-ns-missing'],
  [/missing glue record/, 'glue-missing'],
  [/NSEC|RRSIG|signature|DNSKEY|CDS|CDNSKEY|invalid algorithm in DS|unknown error/, '- (DNSSEC validation)'],
  [/failed to run semantic checks/, '- (unknown type DELEG: syntax)'],
];
for (const r of tsv(join(CORPUS, 'knot-semantic', 'EXPECTED-kzonecheck.tsv'))) {
  if (r.rc !== '1') continue;
  const hit = KNOT.find(([re]) => re.test(r.first_msg));
  // Verdicts of 3.2.6 that newer Knot (the upstream test) no longer gives are not rejections to follow.
  const rule = r.expected_rc === '0' ? '- (Knot 3.2.6 only: upstream Knot accepts this zone)' : hit ? hit[1] : '- (unclassified)';
  out.push(['knot', 'knot-semantic', r.file, r.origin, r.flags || '-', rule, '-', r.first_msg.slice(0, 200)].join('\t'));
}
console.log(out.join('\n'));
