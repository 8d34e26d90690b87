import { describe, expect, test } from 'vitest';
import { HEAD, applySuggestion, run, where, zone } from './kms-helpers.js';

const ID = 'target-ip';

describe(ID, () => {
  test('IPv4 and IPv6 literals as MX, NS and SRV targets, suggesting the names with that address', async () => {
    const text = zone(
      ...HEAD,
      'ns1 IN A 192.0.2.1',
      'mail IN A 192.0.2.25',
      '@ IN MX 10 192.0.2.25',
      '_vlmcs._tcp IN SRV 0 0 1688 192.0.2.20.',
      '@ IN NS 2001:db8::53',
    );
    const messages = await run(text, ID);
    expect(messages.map((m) => [m.ruleId, m.severity, where(m)])).toEqual([
      [ID, 2, '7:12-7:22'],
      [ID, 2, '8:29-8:40'],
      [ID, 2, '9:9-9:21'],
    ]);
    expect(messages[0]!.message).toBe(
      'MX exchange 192.0.2.25 (line 7) is an IP address, but MX targets must be host names (RFC 1035, RFC 2782): it is read as the name 192.0.2.25.corp.example., which does not exist. Use a host name that has this address (mail.corp.example.).',
    );
    expect(messages[0]!.suggestions!.map((s) => s.desc)).toEqual(['Replace 192.0.2.25 with mail.corp.example., which has this address']);
    expect(applySuggestion(text, messages[0]!.suggestions![0]!)).toBe(text.replace('MX 10 192.0.2.25', 'MX 10 mail.corp.example.'));
    expect(messages[1]!.message).toContain('SRV target 192.0.2.20 (line 8) is an IP address');
    expect(messages[1]!.message).toContain('(add an A or AAAA record for it)');
    expect(messages[1]!.suggestions).toBeUndefined();
    expect(messages[2]!.message).toContain('NS name server 2001:db8::53 (line 9)');
  });

  test('valid: host names, including names made of digits', async () => {
    const text = zone(...HEAD, 'ns1 IN A 192.0.2.1', '@ IN MX 10 mail', 'mail IN A 192.0.2.25', '_x._tcp IN SRV 0 0 1 1.2.3', '1.2.3 IN A 192.0.2.9');
    expect(await run(text, ID)).toEqual([]);
  });
});
