import { describe, expect, test } from 'vitest';
import { HEAD, applySuggestion, fix, rrs, run, where, zone } from './kms-helpers.js';

const ID = 'vlmcs-duplicate';

describe(ID, () => {
  test('identical copies: one error per later copy, safe fix deletes them and keeps comments', async () => {
    const text = zone(
      ...HEAD,
      'ns1 IN A 192.0.2.1',
      'kms01 IN A 192.0.2.20',
      '_vlmcs._tcp IN SRV 0 0 1688 kms01 ; the real one',
      '_vlmcs._tcp IN SRV 0 0 1688 KMS01.corp.example.',
      '; this comment stays',
      '_vlmcs._tcp IN SRV 0 0 1688 kms01',
    );
    const messages = await run(text, ID);
    expect(messages.map((m) => [m.ruleId, m.severity, where(m)])).toEqual([
      [ID, 2, '8:1-8:48'],
      [ID, 2, '10:1-10:34'],
    ]);
    expect(messages[0]!.message).toContain('on line 8 is identical to line 7');
    expect(messages[0]!.message).toContain('_vlmcs._tcp.corp.example. SRV 0 0 1688 KMS01.corp.example.');
    expect(messages[1]!.message).toContain('on line 10 is identical to line 7');
    expect(messages.every((m) => m.fix)).toBe(true);
    const { output, result } = await fix(text, ID);
    expect(output).toBe(
      zone(
        ...HEAD,
        'ns1 IN A 192.0.2.1',
        'kms01 IN A 192.0.2.20',
        '_vlmcs._tcp IN SRV 0 0 1688 kms01 ; the real one',
        '; this comment stays',
      ),
    );
    expect(result.messages.filter((m) => m.ruleId === ID)).toEqual([]);
  });

  test('copies with blank owners: the owner moves to the next kept record (two passes, no data lost)', async () => {
    const text = zone(
      ...HEAD,
      '_vlmcs._tcp IN SRV 0 0 1688 kms01',
      '_vlmcs._tcp IN SRV 0 0 1688 kms01',
      '            IN SRV 0 0 1688 kms01',
      '; backup',
      '            IN SRV 10 0 1688 kms02',
      'kms01 IN A 192.0.2.20',
    );
    const messages = await run(text, ID);
    expect(messages.map(where)).toEqual(['6:1-6:34', '7:13-7:34']);
    const { output, passes } = await fix(text, ID);
    expect(output).toBe(
      zone(...HEAD, '_vlmcs._tcp IN SRV 0 0 1688 kms01', '; backup', '_vlmcs._tcp            IN SRV 10 0 1688 kms02', 'kms01 IN A 192.0.2.20'),
    );
    expect(passes).toBe(2);
    const before = rrs(text);
    const after = rrs(output);
    const dup = before.find((l) => l.includes('1688 kms01.corp.example.'))!;
    expect(after).toEqual(before.filter((l, i) => l !== dup || before.indexOf(l) === i));
  });

  test('same host with different settings: suggestions keep one line each', async () => {
    const text = zone(
      ...HEAD,
      '_vlmcs._tcp IN SRV 0 0 1688 kms01',
      '_vlmcs._tcp IN SRV 10 100 1688 kms01',
      '_vlmcs._tcp IN SRV 0 0 1688 kms02',
    );
    const messages = await run(text, ID);
    expect(messages).toHaveLength(1);
    const m = messages[0]!;
    expect([m.severity, where(m)]).toEqual([2, '6:1-6:37']);
    expect(m.fix).toBeUndefined();
    expect(m.message).toContain('kms01.corp.example. is published 2 times in _vlmcs._tcp.corp.example.');
    expect(m.message).toContain('line 5 (priority 0, weight 0, port 1688), line 6 (priority 10, weight 100, port 1688)');
    expect(m.message).toContain('DnsDomainPublishList');
    expect(m.message).toContain('HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SoftwareProtectionPlatform');
    expect(m.message).toContain('"<domain>, <priority>, <weight>"');
    expect(m.message).toContain('dynamic update');
    expect(m.suggestions!.map((s) => s.desc)).toEqual([
      'Keep line 5 (priority 0, weight 0, port 1688) and delete the other record of kms01.corp.example. (line 6)',
      'Keep line 6 (priority 10, weight 100, port 1688) and delete the other record of kms01.corp.example. (line 5)',
    ]);
    expect(applySuggestion(text, m.suggestions![0]!)).toBe(
      zone(...HEAD, '_vlmcs._tcp IN SRV 0 0 1688 kms01', '_vlmcs._tcp IN SRV 0 0 1688 kms02'),
    );
    expect(applySuggestion(text, m.suggestions![1]!)).toBe(
      zone(...HEAD, '_vlmcs._tcp IN SRV 10 100 1688 kms01', '_vlmcs._tcp IN SRV 0 0 1688 kms02'),
    );
  });

  test('keep line N deletes every other record of the host, and writes the owner into a blank-owner line', async () => {
    const text = zone(
      ...HEAD,
      '_vlmcs._tcp IN SRV 0 0 1688 kms01 ; published by kms01',
      '            IN SRV 10 100 1688 kms01',
      '; keep me',
      '            IN SRV 0 0 1688 kms01',
      '            IN SRV 0 0 1688 kms02',
    );
    const messages = await run(text, ID);
    expect(messages.map(where)).toEqual(['6:13-6:37', '8:13-8:34']);
    const mixed = messages.find((m) => m.suggestions)!;
    expect(where(mixed)).toBe('6:13-6:37');
    expect(mixed.message).toContain('published 3 times');
    const copy = messages.find((m) => m.fix)!;
    expect(copy.message).toContain('on line 8 is identical to line 5');
    // Keep line 6: lines 5 and 8 go, line 6 gets the owner written in.
    expect(applySuggestion(text, mixed.suggestions![1]!)).toBe(
      zone(...HEAD, '_vlmcs._tcp            IN SRV 10 100 1688 kms01', '; keep me', '            IN SRV 0 0 1688 kms02'),
    );
    expect(rrs(applySuggestion(text, mixed.suggestions![1]!))).toEqual(
      rrs(zone(...HEAD, '_vlmcs._tcp IN SRV 10 100 1688 kms01', '_vlmcs._tcp IN SRV 0 0 1688 kms02')),
    );
    // Keep line 5: lines 6 and 8 go.
    expect(applySuggestion(text, mixed.suggestions![0]!)).toBe(
      zone(...HEAD, '_vlmcs._tcp IN SRV 0 0 1688 kms01 ; published by kms01', '; keep me', '            IN SRV 0 0 1688 kms02'),
    );
  });

  test('valid: distinct hosts, other owners, and only under _vlmcs._tcp', async () => {
    const text = zone(
      ...HEAD,
      '_vlmcs._tcp IN SRV 0 0 1688 kms01',
      '_vlmcs._tcp IN SRV 10 0 1688 kms02',
      '_vlmcs._tcp.branch IN SRV 0 0 1688 kms01',
      '_ldap._tcp IN SRV 0 100 389 dc01',
      '_ldap._tcp IN SRV 0 100 389 dc01',
    );
    expect(await run(text, ID)).toEqual([]);
  });
});
