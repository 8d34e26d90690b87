// The in-place pre-checks added for big zones (commit 7f5dfe9) must not change what the rules say. Each case
// below is one the pre-check decides on its own, or one it must hand over to the general path; the expected
// verdicts are those of the general path (checked against the rules as they were before the pre-checks).
//
//   isVlmcsOwner           src/zone/srv.ts                compared in place, ASCII case folded
//   plainlyNotVlmcs        rules/lib/vlmcs-name.ts        prefilter of vlmcs-misnamed (and of srv-owner-format)
//   plainlyWellFormed      rules/srv-owner-format.ts
//   plainlyFine            rules/missing-trailing-dot.ts
//   mayBeAddress           rules/target-ip.ts
//   nonChildNames          rules/out-of-zone.ts           only names not one plain label below the apex
//   occlusionCandidates    rules/occluded-data.ts         the same plus child delegation points (no DNAME)
import { describe, expect, it } from 'vitest';
import { BASE, run } from './_helpers.js';
import { isVlmcsOwner } from '../../src/zone/srv.js';
import type { ResultMessage } from '../../src/report/results.js';

/** `line:column-endLine:endColumn` of a message. */
const where = (m: ResultMessage): string => `${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;

/** BASE (6 lines, origin example.com.) plus `lines`: the first added line is line 7. */
const zone = (...lines: string[]): string => BASE + lines.map((l) => l + '\n').join('');

describe('isVlmcsOwner (compared in place, case-insensitively)', () => {
  it.each([
    ['_vlmcs._tcp.example.com.', true],
    ['_VLMCS._TCP.example.com.', true],
    ['_Vlmcs._Tcp.example.com.', true],
    ['_vlmcs._tcp.', true], // at the root: still the KMS name
    ['_vlmcs._tcp.branch.example.com.', true],
    ['_vlmcs._tcpx.example.com.', false],
    ['_vlmcs.tcp.example.com.', false],
    ['_vlmcs._tcp', false], // not absolute: no dot after _tcp
    ['_vlmcs._tc.example.com.', false],
    ['x_vlmcs._tcp.example.com.', false],
    ['vlmcs._tcp.example.com.', false],
    ['_vlmcs\\._tcp.example.com.', false], // one label `_vlmcs._tcp`
    ['_vlmcs._tcp\\.x.example.com.', false], // second label `_tcp.x`
    ['', false],
  ])('%s -> %s', (owner, expected) => {
    expect(isVlmcsOwner(owner)).toBe(expected);
  });

  it('vlmcs-port sees the KMS name in any case, and only the KMS name', async () => {
    const r = await run(
      'vlmcs-port',
      zone(
        '_VLMCS._TCP SRV 0 0 1700 kms1', // 7: reported
        '_Vlmcs._Tcp SRV 0 0 1701 kms1', // 8: the same name: reported
        '_vlmcs._tcpx SRV 0 0 1702 kms1', // 9: another name
        '_vlmcs.tcp SRV 0 0 1703 kms1', // 10: another name
        '_vlmcs._tcp.branch SRV 0 0 1704 kms1', // 11: a KMS name of a subdomain: reported
        'kms1 A 192.0.2.9',
      ),
    );
    expect(r.messages.map(where)).toEqual(['7:21-7:25', '8:21-8:25', '11:28-11:32']);
    expect(r.messages[0]!.message).toMatch(/^KMS host kms1\.example\.com\. \(line 7\) is published in _VLMCS\._TCP\.example\.com\. on port 1700,/);
    expect(r.messages[1]!.message).toMatch(/on port 1701,/);
    expect(r.messages[2]!.message).toMatch(/published in _vlmcs\._tcp\.branch\.example\.com\. on port 1704,/);
  });
});

describe('vlmcs-misnamed with the plainlyNotVlmcs prefilter', () => {
  /** The vlmcs-misnamed messages for one SRV owner (on line 7). */
  const misnamed = async (owner: string) => (await run('vlmcs-misnamed', zone(`${owner} SRV 0 0 1688 kms1`, 'kms1 A 192.0.2.9'))).messages;

  it.each([
    ['_vlmsc._tcp', '7:1-7:12', '"_vlmsc" is a misspelling of "_vlmcs"'],
    ['_vlmcs._udp', '7:1-7:12', 'KMS clients use TCP, never _udp'],
    ['_VLMCS._UDP', '7:1-7:12', 'KMS clients use TCP, never _udp'],
    ['_tcp._vlmcs', '7:1-7:12', 'the labels are in the wrong order (service first, then protocol)'],
    ['_udp._vlmcs', '7:1-7:12', 'the labels are in the wrong order (service first, then protocol)'],
    ['vlmcs._tcp', '7:1-7:11', '"vlmcs" is a misspelling of "_vlmcs"'],
    ['_VLMC._tcp', '7:1-7:11', '"_VLMC" is a misspelling of "_vlmcs"'],
    ['_vlmcsx._tcp', '7:1-7:13', '"_vlmcsx" is a misspelling of "_vlmcs"'],
    // The prefilter's bounds: 3 letters of "vlmcs" (the fewest it lets through), 2 other letters (the most).
    ['_vlmx._tcp', '7:1-7:11', '"_vlmx" is a misspelling of "_vlmcs"'],
    ['_vlmxy._tcp', '7:1-7:12', '"_vlmxy" is a misspelling of "_vlmcs"'],
    ['_vlmcsxy._tcp', '7:1-7:14', '"_vlmcsxy" is a misspelling of "_vlmcs"'],
    ['_vlmcs', '7:1-7:7', 'the "_tcp" label is missing'],
    // An escape sends the owner to the general path, which still sees a misspelling.
    ['_vl\\.mcs._tcp', '7:1-7:14', '"_vl\\.mcs" is a misspelling of "_vlmcs"'],
  ])('reports %s', async (owner, range, reason) => {
    const messages = await misnamed(owner);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.ruleId).toBe('vlmcs-misnamed');
    expect(where(messages[0]!)).toBe(range);
    expect(messages[0]!.message).toContain('but KMS clients only look up _vlmcs._tcp.example.com.: ' + reason + ', so this record is never used.');
  });

  it.each([
    '_ldap._tcp',
    '_sip._udp',
    '_vlmcs._tcp', // the right name
    '_VLMCS._TCP',
    '_vlm._tcp', // three letters of "vlmcs", but too short for two edits
    '_cls._tcp', // three letters of "vlmcs": past the prefilter, rejected by the general path
    'x._vlmcs._tcp', // the KMS labels further down: not a KMS look-alike
  ])('stays silent on %s', async (owner) => {
    expect(await misnamed(owner)).toEqual([]);
  });
});

describe('srv-owner-format with the plainlyWellFormed fast path', () => {
  /** The srv-owner-format messages for one SRV owner (on line 7). */
  const format = async (owner: string) => (await run('srv-owner-format', zone(`${owner} SRV 0 0 389 dc1`, 'dc1 A 192.0.2.9'))).messages;

  it.each([
    '_ldap._tcp',
    '_LDAP._TCP',
    '_x-y._udp',
    '_9._tcp',
    '_a._b',
    '_ldap._tcp.dc._msdcs',
    '_ldap._t\\.cp', // an escape in the protocol label: the general path accepts it too
    '_ldap.__',
  ])('accepts %s', async (owner) => {
    expect(await format(owner)).toEqual([]);
  });

  it.each([
    ['_-ldap._tcp', '7:1-7:12', 'the service label "_-ldap" is not a service name'],
    ['_ld--ap._tcp', '7:1-7:13', 'the service label "_ld--ap" is not a service name'],
    ['_ldap-._tcp', '7:1-7:12', 'the service label "_ldap-" is not a service name'],
    ['__ldap._tcp', '7:1-7:12', 'the service label "__ldap" is not a service name'],
    ['_l\\.dap._tcp', '7:1-7:13', 'the service label "_l\\.dap" is not a service name'],
    ['_ldap\\._tcp', '7:1-7:12', 'the service label "_ldap\\._tcp" is not a service name'],
    ['ldap._tcp', '7:1-7:10', 'the first label "ldap" does not begin with "_" (expected a service such as _ldap)'],
    ['_ldap.tcp', '7:1-7:10', 'the second label "tcp" is not a protocol label such as _tcp or _udp'],
    ['_ldap._', '7:1-7:8', 'the second label "_" is not a protocol label such as _tcp or _udp'],
    ['_ldap', '7:1-7:6', 'the second label "example" is not a protocol label such as _tcp or _udp'],
  ])('reports %s', async (owner, range, problem) => {
    const messages = await format(owner);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.ruleId).toBe('srv-owner-format');
    expect(where(messages[0]!)).toBe(range);
    expect(messages[0]!.message).toContain(`(RFC 2782, RFC 6335): ${problem}`);
  });
});

describe('missing-trailing-dot with the plainlyFine fast path (origin example.com.)', () => {
  // [name as written, reported?]. Reported: relative names whose last labels are the origin's.
  const cases: [string, boolean][] = [
    ['www.example.com', true],
    ['WWW.EXAMPLE.COM', true],
    ['www.Example.Com', true],
    ['example.com', true],
    ['wwwexample.com', false], // ends with the origin's text, not with its labels
    ['www.example.co', false],
    ['www.example.com.', false],
    ['@', false],
    ['www', false],
    ['a\\.b.example.com', true], // escapes: the general path
    ['w\\119w.example.com', true],
    ['\\119\\119\\119.example.com', true], // written longer than its canonical form www.example.com
    ['www\\.example.com', false], // labels `www.example`, `com`
    ['www.example\\.com', false], // labels `www`, `example.com`
    ['a\\.example.com', false],
    ['www.example.com\\.', false], // the last label is `com.`: relative, but no origin at its end
  ];

  it.each(cases)('owner %s: reported %s', async (written, reported) => {
    const r = await run('missing-trailing-dot', zone(`${written} A 192.0.2.9`));
    if (!reported) return expect(r.messages).toEqual([]);
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]!.line).toBe(7);
    expect(r.covered()).toBe(written);
    expect(r.messages[0]!.message).toMatch(/^Owner .* has no trailing dot, so it is relative to the origin example\.com\. and means /);
  });

  it.each(cases)('MX exchange %s: reported %s', async (written, reported) => {
    const r = await run('missing-trailing-dot', zone(`mx MX 10 ${written}`));
    if (!reported) return expect(r.messages).toEqual([]);
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]!.line).toBe(7);
    expect(r.covered()).toBe(written);
    expect(r.messages[0]!.message).toMatch(/^MX exchange .* \(line 7\) has no trailing dot/);
  });

  it('follows $ORIGIN (longer, upper case, root) and checks every name field', async () => {
    const r = await run(
      'missing-trailing-dot',
      zone(
        '$ORIGIN sub.example.com.', // 7
        'www.sub.example.com A 192.0.2.1', // 8: reported
        'xsub.example.com A 192.0.2.2', // 9: the origin's text, not its labels
        'www.example.com A 192.0.2.3', // 10: means www.example.com.sub.example.com., no doubled origin
        'sub.example.com A 192.0.2.4', // 11: reported
        '$ORIGIN EXAMPLE.COM.', // 12
        'www.example.com A 192.0.2.5', // 13: reported (case-insensitive)
        '$ORIGIN .', // 14
        'www.example.com A 192.0.2.6', // 15: relative to the root: nothing doubled
        '$ORIGIN example.com.', // 16
        'mail MX 10 mail.example.com', // 17: reported
        '_ldap._tcp SRV 0 0 389 dc.example.com', // 18: reported
        'alias CNAME www.example.com', // 19: reported
        '@ NS ns3.example.com', // 20: reported
      ),
    );
    expect(r.messages.map(where)).toEqual(['8:1-8:20', '11:1-11:16', '13:1-13:16', '17:12-17:28', '18:24-18:38', '19:13-19:28', '20:6-20:21']);
    expect(r.messages[0]!.message).toContain('relative to the origin sub.example.com. and means www.sub.example.com.sub.example.com..');
    expect(r.messages[2]!.message).toContain('relative to the origin EXAMPLE.COM. and means www.example.com.EXAMPLE.COM..');
    expect(r.messages.slice(3).map((m) => m.message.split(' (line')[0])).toEqual([
      'MX exchange mail.example.com',
      'SRV target dc.example.com',
      'CNAME target www.example.com',
      'NS nsdname ns3.example.com',
    ]);
  });
});

describe('target-ip with the mayBeAddress pre-check', () => {
  /** target-ip messages for an MX (line 7), an SRV (line 8) and an NS (line 9) record with the same target. */
  const targetIp = async (target: string) =>
    (await run('target-ip', zone(`@ MX 10 ${target}`, `_ldap._tcp SRV 0 0 389 ${target}`, `sub NS ${target}`))).messages;

  it.each([
    ['10.0.0.1', '10.0.0.1.example.com.'],
    ['10.0.0.1.', '10.0.0.1.'],
    ['fe80::1', 'fe80::1.example.com.'],
    ['::1', '::1.example.com.'],
    ['fe80::', 'fe80::.example.com.'],
    ['0.0.0.0', '0.0.0.0.example.com.'],
  ])('reports %s in MX, SRV and NS targets', async (target, readAs) => {
    const messages = await targetIp(target);
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['target-ip', 7],
      ['target-ip', 8],
      ['target-ip', 9],
    ]);
    const address = target.replace(/\.$/, '');
    expect(messages[0]!.message).toMatch(new RegExp(`^MX exchange ${address.replace(/\./g, '\\.')} \\(line 7\\) is an IP address`));
    expect(messages[1]!.message).toContain(`SRV target ${address} (line 8) is an IP address`);
    expect(messages[2]!.message).toContain(`NS name server ${address} (line 9) is an IP address`);
    expect(messages[0]!.message).toContain(`it is read as the name ${readAs}, which does not exist`);
  });

  it('suggests the host that owns the address', async () => {
    const messages = await targetIp('192.0.2.1');
    expect(messages).toHaveLength(3);
    expect(messages[0]!.message).toContain('Use a host name that has this address (ns1.example.com.).');
    expect(messages[0]!.suggestions?.map((s) => s.desc)).toEqual(['Replace 192.0.2.1 with ns1.example.com., which has this address']);
  });

  it.each(['dc1', 'a.b', 'dc1.example.com.', '1a.b', '10.0.0', '10.0.0.1x', '300.0.0.1', 'fe80:::1'])('stays silent on %s', async (target) => {
    expect(await targetIp(target)).toEqual([]);
  });
});

describe('out-of-zone through nonChildNames', () => {
  // Out-of-zone names before and after in-zone ones (and before the SOA), a name repeated later, and names
  // that look like children of the apex but are not.
  const text = [
    '$TTL 3600',
    'www.example.net. A 192.0.2.1', // 2: out, before the SOA
    '@ SOA ns1 hostmaster 2024010100 7200 3600 1209600 3600',
    '@ NS ns1',
    'ns1 A 192.0.2.1',
    'a.b.example.net. TXT "x"', // 6: out
    'www A 192.0.2.2',
    'www.example.net. AAAA 2001:db8::1', // 8: out, the name of line 2 again
    'deep.er.www A 192.0.2.3', // in (deeper)
    'example.net. MX 10 mail.example.net.', // 10: out
    'com. TXT "parent"', // 11: out (the apex's parent)
    'xexample.com. A 192.0.2.4', // 12: out (the apex's text, not its labels)
    'a\\.example.com. A 192.0.2.5', // 13: out (one label `a.example` below com.)
    'a\\.b.example.com. A 192.0.2.6', // in (one label `a.b` below the apex)
    'EXAMPLE.COM. TXT "apex"', // in (the apex)
    '',
  ].join('\n');
  const OUT = ['2:1-2:29', '6:1-6:25', '8:1-8:34', '10:1-10:37', '11:1-11:18', '12:1-12:26', '13:1-13:28'];

  it('reports every out-of-zone record, in line order', async () => {
    const r = await run('out-of-zone', text);
    expect(r.messages.map(where)).toEqual(OUT);
    expect(r.messages.map((m) => m.message.split(' on line')[0])).toEqual([
      'A record for www.example.net.',
      'TXT record for a.b.example.net.',
      'AAAA record for www.example.net.',
      'MX record for example.net.',
      'TXT record for com.',
      'A record for xexample.com.',
      'A record for a\\.example.com.',
    ]);
    expect(r.messages.every((m) => m.message.includes('is outside the zone example.com.:'))).toBe(true);
  });

  it('says the same with a DNAME in the zone', async () => {
    const r = await run('out-of-zone', text + 'dn DNAME example.org.\nx.dn A 192.0.2.7\n');
    expect(r.messages.map(where)).toEqual(OUT);
  });

  it('judges names against a late SOA that names another apex than the origin', async () => {
    // Parsed with origin example.com.: www (line 2) is www.example.com., right below the origin but outside
    // the zone the SOA on line 3 makes.
    const late = [
      '$TTL 3600',
      'www A 192.0.2.1', // 2: out
      'other.net. SOA ns1.other.net. hm.other.net. 1 7200 3600 1209600 3600',
      'x.other.net. A 192.0.2.2',
      'example.com. TXT "x"', // 5: out
      'a.b.other.net. A 192.0.2.3',
      '',
    ].join('\n');
    const r = await run('out-of-zone', late);
    expect(r.messages.map(where)).toEqual(['2:1-2:16', '5:1-5:21']);
    expect(r.messages[0]!.message).toMatch(/^A record for www\.example\.com\. on line 2 is outside the zone other\.net\.:/);
  });
});

describe('occluded-data through occlusionCandidates (and all names once there is a DNAME)', () => {
  // Occluded names before and after the delegations that occlude them, at several depths, with glue, a DS and
  // an escaped label.
  const text = [
    '$TTL 3600',
    'h.sub A 192.0.2.7', // 2: below sub (delegated on line 7), before the SOA
    '@ SOA ns1 hostmaster 2024010100 7200 3600 1209600 3600',
    '@ NS ns1',
    'ns1 A 192.0.2.1',
    'www A 192.0.2.8',
    'sub NS ns.example.net.', // 7: a cut right below the apex
    'ns.sub A 192.0.2.10', // 8: below sub, and no NS names it: occluded
    'a.b.c.sub TXT "x"', // 9: four labels down, below sub
    'sub TXT "at cut"', // 10: at the delegation point
    'deep.x.y A 192.0.2.11', // 11: below x.y (delegated on line 12, two labels down)
    'x.y NS ns.x.y',
    'ns.x.y A 192.0.2.12', // glue of x.y
    'z.deep.x.y TXT "z"', // 14: below x.y
    'other.example.net. A 192.0.2.13', // out of zone: not this rule's business
    'q\\.r.sub A 192.0.2.14', // 16: one escaped label below sub
    'q\\.sub A 192.0.2.15', // one label `q.sub` right below the apex: not below sub
    'SUB DS 12345 13 2 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', // parent side of the cut
    'y A 192.0.2.16',
    '',
  ].join('\n');
  const OCCLUDED = ['2:1-2:18', '8:1-8:20', '9:1-9:18', '10:1-10:17', '11:1-11:22', '14:1-14:19', '16:1-16:22'];

  it('reports each occluded record, wherever it stands relative to its delegation', async () => {
    const r = await run('occluded-data', text);
    expect(r.messages.map(where)).toEqual(OCCLUDED);
    expect(r.messages.map((m) => m.message.split(': it is occluded')[0])).toEqual([
      'A record for h.sub.example.com. on line 2 is below the delegation of sub.example.com. (NS on line 7)',
      'A record for ns.sub.example.com. on line 8 is below the delegation of sub.example.com. (NS on line 7)',
      'TXT record for a.b.c.sub.example.com. on line 9 is below the delegation of sub.example.com. (NS on line 7)',
      'TXT record for sub.example.com. on line 10 is at the delegation point sub.example.com. (NS on line 7), where only NS, DS and DNSSEC records of the parent are served',
      'A record for deep.x.y.example.com. on line 11 is below the delegation of x.y.example.com. (NS on line 12)',
      'TXT record for z.deep.x.y.example.com. on line 14 is below the delegation of x.y.example.com. (NS on line 12)',
      'A record for q\\.r.sub.example.com. on line 16 is below the delegation of sub.example.com. (NS on line 7)',
    ]);
  });

  it('with a DNAME (every name visited): the same delegation verdicts, plus the names below the DNAME', async () => {
    const r = await run(
      'occluded-data',
      text +
        [
          'dn DNAME example.org.', // 20
          'x.dn A 192.0.2.17', // 21: below the DNAME
          'dn A 192.0.2.18', // data at the DNAME owner itself is served
          'h.sub AAAA 2001:db8::1', // 23: h.sub again, after everything
          '',
        ].join('\n'),
    );
    expect(r.messages.map(where)).toEqual([...OCCLUDED, '21:1-21:18', '23:1-23:23']);
    expect(r.messages[7]!.message).toMatch(/^A record for x\.dn\.example\.com\. on line 21 is below the DNAME at dn\.example\.com\. \(line 20\)/);
    expect(r.messages[8]!.message).toMatch(/^AAAA record for h\.sub\.example\.com\. on line 23 is below the delegation of sub\.example\.com\. \(NS on line 7\)/);
  });

  it('a DNAME at the apex occludes the plain names right below it too', async () => {
    // The candidates without DNAME skip plain children of the apex: with a DNAME every name must be visited.
    const r = await run('occluded-data', zone('@ DNAME example.org.', 'www A 192.0.2.5', 'a.b TXT "x"'));
    expect(r.messages.map((m) => m.line)).toEqual([5, 6, 8, 9]);
    expect(r.messages.map((m) => m.message.split(' on line')[0])).toEqual([
      'A record for ns1.example.com.',
      'A record for ns2.example.com.',
      'A record for www.example.com.',
      'TXT record for a.b.example.com.',
    ]);
    expect(r.messages.every((m) => m.message.includes('is below the DNAME at example.com. (line 7)'))).toBe(true);
  });

  it('a late SOA naming another apex: delegations are judged against it', async () => {
    const late = [
      '$TTL 3600',
      'w.sub A 192.0.2.1', // w.sub.example.com.: outside the zone other.net.
      'other.net. SOA ns1.other.net. hm.other.net. 1 7200 3600 1209600 3600',
      'sub.other.net. NS ns.example.',
      'h.sub.other.net. A 192.0.2.2', // 5: below sub.other.net.
      'sub NS ns.example.', // sub.example.com.: an NS outside the zone
      'x.other.net. A 192.0.2.3',
      '',
    ].join('\n');
    const r = await run('occluded-data', late);
    expect(r.messages.map(where)).toEqual(['5:1-5:29']);
    expect(r.messages[0]!.message).toMatch(/^A record for h\.sub\.other\.net\. on line 5 is below the delegation of sub\.other\.net\. \(NS on line 4\)/);
  });
});
