// Interop with the dns-zonefile package: `zonelint export --format dns-zonefile` and `zonelint import`.
// Round trip: zonelint parse → export (dns-zonefile JSON) → dns-zonefile generate() → zonelint parse must give the
// same RRs (owner, TTL, class, type, rdata) for every type dns-zonefile supports; other records are reported.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseZone } from '../../src/syntax/parser.js';
import { dumpRecord } from '../../src/syntax/dump.js';
import { createIncludeReader } from '../../src/syntax/include.js';
import type { RecordNode, ZoneRoot } from '../../src/syntax/types.js';
import { DNS_ZONEFILE_TYPES, dnsZonefile, generateZoneFile, toDnsZonefile, type DnsZonefileJson } from '../../src/cli/interop.js';
import { corpusPath } from '../helpers/corpus.js';
import { ORIGINLESS_ZONE, runCli, scratch } from '../helpers/cli.js';

function parse(text: string, origin: string, path?: string): ZoneRoot {
  const tree = parseZone(text, { origin, path, readInclude: path ? createIncludeReader({ root: join(path, '..') }) : undefined });
  expect(tree.errors.map((e) => e.message)).toEqual([]);
  return tree;
}

function records(tree: ZoneRoot): RecordNode[] {
  return tree.children.filter((n): n is RecordNode => n.type === 'record');
}

/** The RRs as sorted dump lines (owner, TTL, class, type, rdata); names compared case-insensitively. */
function rrs(recs: RecordNode[]): string[] {
  return recs.map((r) => dumpRecord(r).toLowerCase()).sort();
}

interface RoundTrip {
  json: DnsZonefileJson;
  generated: string;
  before: string[];
  after: string[];
  notExported: RecordNode[];
}

/** zonelint parse → export → generate (raw dns-zonefile, or zonelint's guarded call) → zonelint parse. */
function roundTrip(text: string, origin: string, options: { raw?: boolean; path?: string } = {}): RoundTrip {
  const tree = parse(text, origin, options.path);
  const { json, notExported } = toDnsZonefile(tree);
  // The JSON survives a trip through JSON text (what the CLI prints).
  const copy = JSON.parse(JSON.stringify(json)) as DnsZonefileJson;
  const generated = options.raw ? dnsZonefile.generate(copy) : generateZoneFile(copy).text;
  const back = parse(generated, '.');
  const skipped = new Set(notExported.map((n) => n.record));
  return {
    json,
    generated,
    before: rrs(records(tree).filter((r) => !skipped.has(r))),
    after: rrs(records(back)),
    notExported: notExported.map((n) => n.record),
  };
}

// Every type dns-zonefile knows, in the spellings zone files use.
const ALL_TYPES = `$ORIGIN example.com.
$TTL 3600
@ IN SOA ns1 hostmaster.example.com. ( 2024010101 7200 3600 1209600 300 )
@ NS ns1
@ NS ns2.example.net.
ns1 A 192.0.2.1
ns1 AAAA 2001:db8::1
www 300 IN CNAME @
ftp CNAME www.example.net.
@ MX 10 mail
@ MX 20 mx.example.net.
mail A 192.0.2.2
@ TXT "v=spf1 -all"
multi TXT "one" "two words" "" "quote \\" inside" "semi;colon" "back\\\\slash"
long TXT "${'x'.repeat(255)}" "${'y'.repeat(100)}"
utf8 TXT "caf\\195\\169"
ptr PTR www.example.net.
_sip._tcp SRV 10 5 5060 sip
_sip._tcp SRV 20 0 5060 sip.example.net.
_none._tcp SRV 0 0 0 .
@ SPF "v=spf1" "-all"
@ CAA 0 issue "letsencrypt.org"
@ CAA 0 issuewild ";"
@ CAA 128 iodef "mailto:security@example.com"
sub DS 12345 13 2 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
sub DS 54321 RSASHA256 1 0123456789ABCDEF0123456789ABCDEF01234567
sub NS ns.sub
ns.sub A 192.0.2.53
*.wild A 192.0.2.80
a\\.b A 192.0.2.81
UPPER A 192.0.2.82
x 86400 A 192.0.2.83
sip A 192.0.2.84
`;

const REVERSE = `$ORIGIN 2.0.192.in-addr.arpa.
$TTL 1h
@ SOA ns1.example.com. hostmaster.example.com. 1 1h 15m 1w 5m
@ NS ns1.example.com.
1 PTR host1.example.com.
2 600 PTR host2.example.com.
$ORIGIN 10.2.0.192.in-addr.arpa.
3 PTR host3.example.com.
`;

describe('export → dns-zonefile generate() → zonelint parse', () => {
  it('keeps every RR of every supported type (raw generate)', () => {
    const t = roundTrip(ALL_TYPES, 'example.com.', { raw: true });
    expect(t.notExported).toEqual([]);
    expect(t.before.length).toBe(ALL_TYPES.split('\n').filter((l) => l && !l.startsWith('$')).length);
    expect(t.after).toEqual(t.before);
    const types = new Set(t.before.map((l) => l.split('\t')[3]!.toUpperCase()));
    expect([...types].sort()).toEqual([...DNS_ZONEFILE_TYPES].sort());
  });

  it('gives names relative to $origin and values as dns-zonefile writes them', () => {
    const { json } = toDnsZonefile(parse(ALL_TYPES, 'example.com.'));
    expect(json.$origin).toBe('example.com.');
    expect(json.$ttl).toBe('3600');
    expect(json.soa).toEqual({
      name: '@',
      minimum: 300,
      expire: 1209600,
      retry: 3600,
      refresh: 7200,
      serial: 2024010101,
      rname: 'hostmaster',
      mname: 'ns1',
    });
    expect(json.cname).toEqual([
      { name: 'www', alias: '@', ttl: 300 },
      { name: 'ftp', alias: 'www.example.net.' },
    ]);
    expect(json.txt![1]).toEqual({ name: 'multi', txt: '"one" "two words" "" "quote \\" inside" "semi;colon" "back\\\\slash"' });
    expect(json.caa![0]).toEqual({ name: '@', flags: 0, tag: 'issue', value: '"letsencrypt.org"' });
    expect(json.ds![1]).toEqual({
      name: 'sub',
      key_tag: '54321',
      algorithm: '8',
      digest_type: '1',
      digest: '0123456789ABCDEF0123456789ABCDEF01234567',
    });
    expect(json.srv![2]).toEqual({ name: '_none._tcp', target: '.', priority: 0, weight: 0, port: 0 });
    expect(Object.keys(json)).toEqual(['$origin', '$ttl', 'soa', 'ns', 'a', 'aaaa', 'cname', 'mx', 'txt', 'ptr', 'srv', 'spf', 'caa', 'ds']);
  });

  it('is exactly what dns-zonefile parse() returns for a zone it reads correctly', () => {
    // Written the way dns-zonefile's own test zones are (no escaped quotes, no multi-line records but the SOA).
    const text = `$ORIGIN example.org.
$TTL 3600
@ IN SOA ns1.example.org. admin.example.org. ( 2024 7200 3600 1209600 300 )
@ IN NS ns1
@ 600 IN NS ns2.example.net.
@ IN MX 10 mail
mail IN A 192.0.2.1
mail IN AAAA 2001:db8::1
www 300 IN CNAME mail
@ IN TXT "v=spf1 mx -all" "second"
_xmpp._tcp IN SRV 5 0 5269 mail
@ IN SPF "v=spf1 mx -all"
@ IN CAA 0 issue "ca.example.net; account=1"
sec IN DS 60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118
`;
    const ours = toDnsZonefile(parse(text, 'example.org.')).json;
    const theirs = dnsZonefile.parse(text);
    // dns-zonefile keeps names as written; zonelint writes them relative to the origin.
    theirs.soa!.mname = 'ns1';
    theirs.soa!.rname = 'admin';
    expect(ours).toEqual(theirs);
  });

  it('keeps PTR records of a reverse zone, with $TTL in units and a second $ORIGIN', () => {
    const t = roundTrip(REVERSE, '2.0.192.in-addr.arpa.', { raw: true });
    expect(t.after).toEqual(t.before);
    expect(t.json.$ttl).toBe('3600');
    expect(t.json.ptr).toEqual([
      { name: '1', fullname: '1.2.0.192.in-addr.arpa.', host: 'host1.example.com.' },
      { name: '2', fullname: '2.2.0.192.in-addr.arpa.', host: 'host2.example.com.', ttl: 600 },
      { name: '3.10', fullname: '3.10.2.0.192.in-addr.arpa.', host: 'host3.example.com.' },
    ]);
  });

  it('keeps TTLs when there is no $TTL or several', () => {
    const noTtl = `example.net. 7200 IN SOA ns1.example.net. h.example.net. 1 2 3 4 5
example.net. NS ns1.example.net.
ns1.example.net. 60 A 192.0.2.1
www.example.net. A 192.0.2.2
`;
    let t = roundTrip(noTtl, '.', { raw: true });
    expect(t.json.$origin).toBe('example.net.');
    expect(t.json.$ttl).toBeUndefined();
    expect(t.after).toEqual(t.before);
    const several = `$TTL 100
@ SOA ns1 h 1 2 3 4 5
@ NS ns1
ns1 A 192.0.2.1
$TTL 200
www A 192.0.2.2
`;
    t = roundTrip(several, 'example.net.', { raw: true });
    expect(t.json.a).toEqual([
      { name: 'ns1', ip: '192.0.2.1' },
      { name: 'www', ip: '192.0.2.2', ttl: 200 },
    ]);
    expect(t.after).toEqual(t.before);
  });

  it('reports records dns-zonefile cannot hold instead of dropping them', () => {
    const text = ALL_TYPES + `@ HINFO "PC" "Linux"
@ DNSKEY 257 3 13 mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==
sip2 TYPE65280 \\# 2 abcd
@ SOA ns1 hostmaster 2 7200 3600 1209600 300
ch CH TXT "chaos"
`;
    const t = roundTrip(text, 'example.com.', { raw: true });
    expect(t.notExported.map((r) => `${r.position.start.line} ${r.rrtype} ${r.class}`)).toEqual([
      '34 HINFO IN',
      '35 DNSKEY IN',
      '36 TYPE65280 IN',
      '37 SOA IN',
      '38 TXT CH',
    ]);
    expect(t.after).toEqual(t.before);
  });

  it('export of the 2018 root zone: NS, A, AAAA, DS and SOA survive; NSEC, DNSKEY and the closing SOA are reported', () => {
    const path = corpusPath('realworld/root-zone/root.zone.2018-03-12');
    const t = roundTrip(readFileSync(path, 'utf8'), '.', { raw: true, path });
    expect(t.before.length).toBeGreaterThan(15000);
    expect(t.after).toEqual(t.before);
    const reported = new Set(t.notExported.map((r) => r.rrtype));
    expect([...reported].sort()).toEqual(['DNSKEY', 'NSEC', 'SOA']);
    // The file ends with the SOA again (AXFR style); dns-zonefile holds one SOA.
    expect(t.notExported.filter((r) => r.rrtype === 'SOA')).toHaveLength(1);
  });

  // cases.tsv: `# file<TAB>origin<TAB>...` (its header is a comment line).
  const vlmcs = readFileSync(corpusPath('realworld/cases.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('vlmcs/'))
    .map((l) => l.split('\t').slice(0, 2) as [string, string]);
  it.each(vlmcs)('corpus %s (origin %s)', (file, origin) => {
    const path = corpusPath('realworld', file);
    const t = roundTrip(readFileSync(path, 'utf8'), origin.endsWith('.') ? origin : origin + '.', { raw: true, path });
    expect(t.before.length).toBeGreaterThan(0);
    expect(t.after).toEqual(t.before);
  });
});

describe('what raw dns-zonefile generate() gets wrong, and zonelint import guards against', () => {
  const HAZARDS = `$ORIGIN example.com.
$TTL 3600
@ SOA ns1 hostmaster 1 7200 3600 1209600 300
@ NS ns1
ns1 A 192.0.2.1
zero 0 A 192.0.2.2
@ TXT "price: $& and $$ and $' and $\`"
@ TXT "{srv} {time} {ds}"
@ CAA 0 iodef "mailto:{caa}@example.com"
_s._tcp SRV 0 0 1 ns1
`;

  it('raw generate() loses TTL 0, expands $& and fills placeholders in values', () => {
    const { json } = toDnsZonefile(parse(HAZARDS, 'example.com.'));
    const generated = dnsZonefile.generate(json);
    expect(generated).toMatch(/^zero\tIN\tA\t192\.0\.2\.2$/m); // TTL 0 left out: the record gets $TTL
    expect(generated).not.toContain('$&'); // replaced by the placeholder String.replace matched
    expect(generated).not.toContain('{time}'); // replaced by the current Unix time
    expect(parseZone(generated, { origin: '.' }).errors.length).toBeGreaterThan(0); // SRV records pasted into a TXT
  });

  it('generateZoneFile() (used by import) keeps them all', () => {
    const t = roundTrip(HAZARDS, 'example.com.');
    expect(t.after).toEqual(t.before);
    expect(t.generated).toContain('zero\t0\tIN\tA\t192.0.2.2');
    expect(t.generated).toContain('"price: $& and $$ and $\' and $`"');
  });

  it('refuses JSON that generate() cannot write, and names keys it would ignore', () => {
    expect(() => generateZoneFile({ a: [] })).toThrow(/needs an "soa" object/);
    expect(() => generateZoneFile([])).toThrow(/must be an object/);
    expect(() => generateZoneFile({ soa: { name: '@' }, a: {} })).toThrow(/"a" must be an array/);
    const r = generateZoneFile({ soa: { name: '@', mname: 'ns', rname: 'h', serial: 1, refresh: 2, retry: 3, expire: 4, minimum: 5 }, hinfo: [] });
    expect(r.warnings).toEqual(['not imported: dns-zonefile generate() has no key "hinfo"']);
  });
});

describe('zonelint export (CLI)', () => {
  const ZONE = `${ORIGINLESS_ZONE}www IN HINFO "PC" "Linux"
@ IN RP admin.example.com. .
`;

  it('prints the JSON and reports unsupported records on stderr with line:col and type, exit 0', async () => {
    const cwd = scratch({ 'example.com.zone': ZONE });
    const r = await runCli(['export', '--format', 'dns-zonefile', 'example.com.zone'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'example.com.zone:8:1: not exported: dns-zonefile has no type HINFO\n' +
        'example.com.zone:9:1: not exported: dns-zonefile has no type RP\n',
    );
    const json = JSON.parse(r.stdout) as DnsZonefileJson;
    expect(json.$origin).toBe('example.com.');
    expect(json.ns).toEqual([
      { name: '@', host: 'ns1' },
      { name: '@', host: 'ns2' },
    ]);
    expect(json.a).toHaveLength(3);
  });

  it('--strict exits 1 when a record was not exported; --origin sets the origin', async () => {
    const cwd = scratch({ 'zone.txt': ZONE });
    const r = await runCli(['export', '--format', 'dns-zonefile', '--strict', '--origin', 'example.org', 'zone.txt'], { cwd });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as DnsZonefileJson).$origin).toBe('example.org.');
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('usage errors exit 2 with a message', async () => {
    const cwd = scratch({ 'example.com.zone': ZONE });
    for (const args of [
      ['export', 'example.com.zone'],
      ['export', '--format', 'bind', 'example.com.zone'],
      ['export', '--format', 'dns-zonefile'],
      ['export', '--format', 'dns-zonefile', 'a.zone', 'b.zone'],
      ['export', '--bogus', 'example.com.zone'],
      ['import'],
      ['import', '--bogus', 'x.json'],
    ]) {
      const r = await runCli(args, { cwd });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^zonelint: .+\nusage: zonelint (export|import)/);
    }
    const missing = await runCli(['export', '--format', 'dns-zonefile', 'nope.zone'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read nope\.zone: ENOENT/);
  });

  it('reports syntax errors and exits 1', async () => {
    const cwd = scratch({ 'example.com.zone': ZONE + 'bad IN A 192.0.2.300\n' });
    const r = await runCli(['export', '--format', 'dns-zonefile', 'example.com.zone'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^example\.com\.zone:10:\d+: error: .*\[syntax\]$/m);
  });
});

describe('zonelint import (CLI)', () => {
  const CLEAN_JSON: DnsZonefileJson = {
    $origin: 'example.com.',
    $ttl: '3600',
    soa: { name: '@', minimum: 300, expire: 1209600, retry: 3600, refresh: 7200, serial: 2024010101, rname: 'hostmaster', mname: 'ns1' },
    ns: [
      { name: '@', host: 'ns1' },
      { name: '@', host: 'ns2' },
    ],
    a: [
      { name: 'ns1', ip: '192.0.2.1' },
      { name: 'ns2', ip: '192.0.2.2' },
      { name: 'www', ip: '192.0.2.10', ttl: 0 },
    ],
  };

  it('writes FILE.zone with generate() and lints it: exit 0 on a clean zone', async () => {
    const cwd = scratch({ 'example.json': JSON.stringify(CLEAN_JSON) });
    const r = await runCli(['import', 'example.json'], { cwd });
    expect(r.stderr).toBe('zonelint: wrote example.zone\n');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(join(cwd, 'example.zone'), 'utf8');
    expect(text).toContain('$ORIGIN example.com.');
    const recs = rrs(records(parse(text, '.')));
    expect(recs).toContain('www.example.com.\t0\tin\ta\t192.0.2.10');
    expect(recs).toHaveLength(6);
  });

  it('-o OUT, and the lint exit code and report when the zone has errors', async () => {
    const bad = { ...CLEAN_JSON, cname: [{ name: 'www', alias: 'elsewhere.example.net.' }] };
    const cwd = scratch({ 'in.json': JSON.stringify(bad) });
    const r = await runCli(['import', '-o', 'out/zone.db', 'in.json'], { cwd });
    // `out/` does not exist: a write error is exit 2.
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write out\/zone\.db: ENOENT/);
    const r2 = await runCli(['import', '-o', 'zone.db', 'in.json'], { cwd });
    expect(existsSync(join(cwd, 'zone.db'))).toBe(true);
    expect(r2.code).toBe(1);
    expect(r2.stdout).toMatch(/cname-and-other-data/);
    expect(r2.stdout).toContain('zone.db');
  });

  it('lints with the config found for the output file', async () => {
    const bad = { ...CLEAN_JSON, cname: [{ name: 'www', alias: 'elsewhere.example.net.' }] };
    const cwd = scratch({ 'in.json': JSON.stringify(bad), '.zonelintrc.json': JSON.stringify({ rules: { 'cname-and-other-data': 'off' } }) });
    const r = await runCli(['import', 'in.json'], { cwd });
    expect(r.stdout).not.toMatch(/cname-and-other-data/);
  });

  it('round trip through the CLI: export then import gives the same RRs', async () => {
    const cwd = scratch({ 'example.com.zone': ALL_TYPES });
    const e = await runCli(['export', '--format', 'dns-zonefile', 'example.com.zone'], { cwd });
    expect(e.code).toBe(0);
    const s = scratch({ 'example.com.json': e.stdout });
    const i = await runCli(['import', 'example.com.json'], { cwd: s });
    expect(i.code).toBeLessThan(2);
    const before = rrs(records(parse(ALL_TYPES, 'example.com.')));
    const after = rrs(records(parse(readFileSync(join(s, 'example.com.zone'), 'utf8'), '.')));
    expect(after).toEqual(before);
  });

  it('bad JSON or JSON without soa: exit 2, nothing written', async () => {
    const cwd = scratch({ 'a.json': '{not json', 'b.json': JSON.stringify({ a: [{ name: 'x', ip: '192.0.2.1' }] }) });
    let r = await runCli(['import', 'a.json'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^zonelint: cannot read a\.json: /);
    r = await runCli(['import', 'b.json'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('zonelint: cannot import b.json: dns-zonefile generate() needs an "soa" object\n');
    expect(existsSync(join(cwd, 'b.zone'))).toBe(false);
  });
});
