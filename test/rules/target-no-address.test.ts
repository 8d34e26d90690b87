import { describe, expect, test } from 'vitest';
import { HEAD, run, where, zone } from './kms-helpers.js';

const ID = 'target-no-address';

describe(ID, () => {
  test('in-zone MX and SRV targets without A/AAAA', async () => {
    const text = zone(
      ...HEAD,
      'ns1 IN A 192.0.2.1',
      '@ IN MX 10 mail',
      '_vlmcs._tcp IN SRV 0 0 1688 kms01.corp.example.',
      'kms01 IN TXT "decommissioned"',
    );
    const messages = await run(text, ID);
    expect(messages.map((m) => [m.ruleId, m.severity, where(m)])).toEqual([
      [ID, 1, '6:12-6:16'],
      [ID, 1, '7:29-7:48'],
    ]);
    expect(messages[0]!.message).toBe(
      'MX target mail.corp.example. (line 6) is in this zone but has no A or AAAA record: mail for corp.example. cannot be delivered to this exchange.',
    );
    expect(messages[1]!.message).toBe(
      'SRV target kms01.corp.example. (line 7) is in this zone but has no A or AAAA record: clients of _vlmcs._tcp.corp.example. cannot connect to this host.',
    );
  });

  test('valid: A or AAAA, wildcard, out of zone, below a delegation, CNAME / IP targets and NS (other rules)', async () => {
    const text = zone(
      ...HEAD,
      'ns1 IN A 192.0.2.1',
      '@ IN MX 10 mail',
      '@ IN MX 20 mail6',
      '@ IN MX 30 mx.provider.example.',
      'mail IN A 192.0.2.25',
      'mail6 IN AAAA 2001:db8::25',
      '_sip._tcp IN SRV 0 0 5060 pbx.voice',
      '*.voice IN A 192.0.2.60',
      'sub IN NS ns.sub',
      'ns.sub IN A 192.0.2.70',
      '_ldap._tcp IN SRV 0 0 389 dc.sub',
      '_x._tcp IN SRV 0 0 1 alias',
      'alias IN CNAME mail',
      '@ IN NS ns9',
    );
    expect(await run(text, ID)).toEqual([]);
  });
});
