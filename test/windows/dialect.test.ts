// Windows DNS export dialect (issue 7): [AGE:n]/[Aging:n] on named and blank-owner lines, the timestamp
// arithmetic, WINS / WINS-R (WINSR) / ATMA rdata, dump's presentation of them, and the origin from the header.
import { describe, expect, it } from 'vitest';
import { parseZone } from '../../src/syntax/parser.js';
import type { RecordNode, ZoneRoot } from '../../src/syntax/types.js';
import { dumpZone } from '../../src/syntax/dump.js';
import { rdataToWire, typeByCode, presentRdata } from '../../src/syntax/rdata/index.js';
import { ZoneModel } from '../../src/zone/model.js';
import {
  HOURS_1601_TO_1970,
  ageToDate,
  dateToAge,
  describeAge,
  formatAge,
  formatHours,
  parseAsOf,
  referenceTime,
} from '../../src/zone/age.js';
import { defaultOrigin, originFromHeader } from '../../src/engine/origin.js';

function records(tree: ZoneRoot): RecordNode[] {
  return tree.children.filter((n): n is RecordNode => n.type === 'record');
}

function parseOk(text: string, origin = 'contoso.com.'): RecordNode[] {
  const tree = parseZone(text, { origin });
  expect(tree.errors.map((e) => e.message)).toEqual([]);
  return records(tree);
}

const SOA = '@ 3600 IN SOA dc01 hostmaster 1 900 600 86400 3600\r\n@ NS dc01\r\n';

describe('[AGE:n] timestamps', () => {
  it('are read on named and blank-owner lines (CRLF, tabs, padded owners), kept with their range', () => {
    const text =
      SOA +
      'DomainDnsZones          [AGE:3634093]\t600\tA\t10.200.210.35\r\n' +
      '                        [AGE:3633973]\t600\tA\t10.100.91.3\r\n' +
      'static                  A\t10.0.0.1\r\n';
    const recs = parseOk(text);
    const [a1, a2, s] = recs.slice(2);
    expect([a1!.owner, a1!.age, a1!.ttl, a1!.rdata[0]!.value]).toEqual(['DomainDnsZones.contoso.com.', 3634093, 600, '10.200.210.35']);
    expect(text.slice(a1!.ageStart!, a1!.ageEnd!)).toBe('[AGE:3634093]');
    expect([a2!.owner, a2!.age, a2!.ownerStart]).toEqual(['DomainDnsZones.contoso.com.', 3633973, -1]);
    expect(text.slice(a2!.ageStart!, a2!.ageEnd!)).toBe('[AGE:3633973]');
    expect(s!.age).toBeUndefined();
  });

  it('accept dnscmd /ZonePrint [Aging:n] and the verbatim lines of public reports', () => {
    const recs = parseOk(
      SOA +
        'hostname001         [AGE:3636591]\t1200\tA\t10.195.200.240\n' +
        '_ldap._tcp.pupy._sites.dc._msdcs [AGE:3636525]\t600\tSRV\t0 100 389\thost01.ad\n' +
        'P229392922               [AGE:3636449]\t172800\tCNAME\tprinter01.ad\n' +
        'ws1                      [Aging:3636591] 1200 A 10.0.0.2\n' +
        '_nfsv4idmapdomain       86400\tTXT\t( "some.domain.com" )\n',
    );
    expect(recs.slice(2).map((r) => [r.rrtype, r.age])).toEqual([
      ['A', 3636591],
      ['SRV', 3636525],
      ['CNAME', 3636449],
      ['A', 3636591],
      ['TXT', undefined],
    ]);
  });

  it('a malformed token is a syntax error at the token', () => {
    const text = SOA + 'ws1 [AGE:] 1200 A 10.0.0.2\n';
    const tree = parseZone(text, { origin: 'contoso.com.' });
    expect(tree.errors.map((e) => [e.message, text.slice(e.start, e.end)])).toEqual([['invalid [AGE:]: expected a number of hours', '[AGE:]']]);
  });

  it('decode to UTC: [AGE:3636591] = 2015-11-11T15:00Z, and back', () => {
    expect(HOURS_1601_TO_1970).toBe(369 * 365 * 24 + 89 * 24);
    expect(ageToDate(3636591).toISOString()).toBe('2015-11-11T15:00:00.000Z');
    expect(ageToDate(HOURS_1601_TO_1970).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(ageToDate(0).toISOString()).toBe('1601-01-01T00:00:00.000Z');
    expect(dateToAge(new Date('2015-11-11T15:59:59Z'))).toBe(3636591);
    expect(dateToAge(new Date('2025-01-01T00:00Z'))).toBe(3716712);
    expect(formatAge(3636591)).toBe('2015-11-11 15:00 UTC');
    expect(formatHours(1)).toBe('1 hour');
    expect(formatHours(47)).toBe('47 hours');
    expect(formatHours(72)).toBe('3 days');
    expect(formatHours(76.5)).toBe('3 days 4 hours');
    expect(parseAsOf('2026-11-20T14:00Z')).toEqual(new Date('2026-11-20T14:00:00Z'));
    expect(parseAsOf('yesterday')).toMatch(/asOf must be a date/);
  });

  it('reference time and describeAge: newest [AGE:n] of the zone unless --as-of', () => {
    const tree = parseZone(SOA + 'a [AGE:3716712] 600 A 10.0.0.1\n  [AGE:3716640] 600 A 10.0.0.2\nb 600 A 10.0.0.3\n', { origin: 'contoso.com.' });
    const zone = new ZoneModel(tree);
    const [, , a1, a2, b] = zone.records;
    const ref = referenceTime(zone)!;
    expect([ref.source, ref.date.toISOString(), ref.record]).toEqual(['newest', '2025-01-01T00:00:00.000Z', a1]);
    expect(ref.label).toBe('the newest record in this zone (2025-01-01 00:00 UTC, line 3)');
    expect(referenceTime(zone, new Date('2026-11-20T14:00Z'))!.label).toBe('the reference time 2026-11-20 14:00 UTC (--as-of)');
    expect(describeAge(a1!, zone)).toBe('registered 2025-01-01 00:00 UTC (the newest record in this zone)');
    expect(describeAge(a2!, zone)).toBe('registered 2024-12-29 00:00 UTC, 3 days before the newest record in this zone');
    expect(describeAge(b!, zone)).toBeUndefined();
    expect(referenceTime(new ZoneModel(parseZone(SOA, { origin: 'contoso.com.' })))).toBeUndefined();
  });
});

describe('WINS, WINS-R, ATMA', () => {
  const text =
    SOA +
    '@                       WINS\tLOCAL L2 C900 ( 10.0.0.5 10.0.0.6 )\r\n' +
    '@                       WINS\tL1 C10 10.0.0.7\r\n' +
    'x                       WINS\t10.0.0.8\r\n' +
    '@                       WINSR\tLOCAL L2 C900 contoso.com.\r\n' +
    '@                       WINS-R\tL3 C60 sub\r\n' +
    'atm1                    ATMA\t39.246f.000e7c9c0312.0001.0001.000012345678.00\r\n' +
    'atm2                    ATMA\t+358400123\r\n';

  it('are typed: flags, lookup and cache timeouts, servers / result domain', () => {
    const recs = parseOk(text).slice(2);
    const view = (r: RecordNode) => [r.rrtype, r.typeCode, ...r.rdata.map((f) => `${f.name}=${JSON.stringify(f.value)}`)];
    expect(recs.map(view)).toEqual([
      ['WINS', 65281, 'flags=65536', 'lookup=2', 'cache=900', 'servers=["10.0.0.5","10.0.0.6"]'],
      ['WINS', 65281, 'flags=0', 'lookup=1', 'cache=10', 'servers=["10.0.0.7"]'],
      ['WINS', 65281, 'flags=0', 'lookup=2', 'cache=900', 'servers=["10.0.0.8"]'],
      ['WINS-R', 65282, 'flags=65536', 'lookup=2', 'cache=900', 'domain="contoso.com."'],
      ['WINS-R', 65282, 'flags=0', 'lookup=3', 'cache=60', 'domain="sub.contoso.com."'],
      ['ATMA', 34, 'address={"format":0,"address":"39246f000e7c9c03120001000100001234567800"}'],
      ['ATMA', 34, 'address={"format":1,"address":"358400123"}'],
    ]);
    const wins = typeByCode(65281)!;
    expect(presentRdata(wins, recs[0]!.rdata)).toBe('LOCAL L2 C900 10.0.0.5 10.0.0.6');
    expect(presentRdata(typeByCode(65282)!, recs[3]!.rdata)).toBe('LOCAL L2 C900 contoso.com.');
    // MS-DNSP layout: flag, lookup, cache, count, addresses (big endian).
    expect(Buffer.from(rdataToWire(wins, recs[0]!.rdata)).toString('hex')).toBe('00010000' + '00000002' + '00000384' + '00000002' + '0a000005' + '0a000006');
  });

  it('dump prints WINS/WINS-R in RFC 3597 form (no standard presentation) and ATMA as BIND does; the dump reads back', () => {
    const tree = parseZone(text, { origin: 'contoso.com.' });
    const out = dumpZone(tree);
    expect(out).toContain('contoso.com.\t3600\tIN\tTYPE65281\t\\# 24 000100000000000200000384000000020A0000050A000006\n');
    expect(out).toContain('contoso.com.\t3600\tIN\tTYPE65282\t\\# 25 00010000000000020000038407636F6E746F736F03636F6D00\n');
    expect(out).toContain('atm1.contoso.com.\t3600\tIN\tATMA\t39246f000e7c9c03120001000100001234567800\n');
    expect(out).toContain('atm2.contoso.com.\t3600\tIN\tATMA\t+358400123\n');
    const again = parseZone(out, { origin: '.' });
    expect(again.errors).toEqual([]);
    expect(records(again).map((r) => r.rrtype)).toEqual(records(tree).map((r) => r.rrtype));
    expect(dumpZone(again)).toBe(out);
  });

  it('rejects bad WINS rdata with a message at the token', () => {
    for (const [rdata, msg] of [
      ['LOCAL L2 C900', 'WINS needs'],
      ['L2 C900 10.0.0.300', 'invalid IPv4 address "10.0.0.300" in WINS servers'],
      ['L99999999999 10.0.0.1', 'WINS lookup must be L followed by 0-4294967295 seconds'],
    ] as const) {
      const tree = parseZone(`${SOA}@ WINS ${rdata}\n`, { origin: 'contoso.com.' });
      expect(tree.errors.map((e) => e.message).join()).toContain(msg);
    }
  });
});

describe('origin from the Windows header', () => {
  const header = ';\r\n;  Database file corp.example.dns for corp.example zone.\r\n;      Zone version:  12\r\n;\r\n\r\n';

  it('reads `Database file X for <zone> zone.` in the leading comment block only', () => {
    expect(originFromHeader(header + '@ IN SOA ns h 1 2 3 4 5\r\n')).toBe('corp.example.');
    expect(originFromHeader(';\n;  Database file 0.10.in-addr.arpa.dns for 0.10.in-addr.arpa zone.\n')).toBe('0.10.in-addr.arpa.');
    expect(originFromHeader('@ IN SOA ns h 1 2 3 4 5\n;  Database file x.dns for other.example zone.\n')).toBeUndefined();
    expect(originFromHeader(';   cache.dns -- DNS CACHE FILE\n;\n')).toBeUndefined();
    expect(originFromHeader('')).toBeUndefined();
  });

  it('precedence: header before the file name ($ORIGIN in the file and --origin still win)', () => {
    expect(defaultOrigin(header, '/x/renamed.dns')).toBe('corp.example.');
    expect(defaultOrigin('$TTL 1\n', '/x/corp.example.dns')).toBe('corp.example.');
    const tree = parseZone(header + '$ORIGIN other.example.\r\n@ 3600 IN SOA ns h 1 2 3 4 5\r\n', { origin: defaultOrigin(header, undefined) });
    expect(records(tree)[0]!.owner).toBe('other.example.');
  });
});
