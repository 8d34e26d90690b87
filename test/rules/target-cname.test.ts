import { describe, expect, test } from 'vitest';
import { HEAD, applySuggestion, run, where, zone } from './kms-helpers.js';

const ID = 'target-cname';

describe(ID, () => {
  test('MX, NS and SRV targets that are aliases, with the canonical name as suggestion', async () => {
    const text = zone(
      ...HEAD,
      'ns1 IN A 192.0.2.1',
      '@ IN MX 10 mail',
      'mail IN CNAME mx1',
      'mx1 IN CNAME mx1.hosting.example.',
      '_ldap._tcp IN SRV 0 100 389 ldap',
      'ldap IN CNAME dc01',
      'dc01 IN A 192.0.2.10',
      '@ IN NS ldap.corp.example.',
    );
    const messages = await run(text, ID);
    expect(messages.map((m) => [m.ruleId, m.severity, where(m)])).toEqual([
      [ID, 2, '6:12-6:16'],
      [ID, 2, '9:29-9:33'],
      [ID, 2, '12:9-12:27'],
    ]);
    expect(messages[0]!.message).toBe(
      'MX target mail.corp.example. (line 6) is an alias: it owns a CNAME to mx1.corp.example. (line 7). RFC 2181 §10.3 forbids MX, NS and SRV targets that are aliases: mail servers may refuse or misroute mail. Point the record at the canonical name mx1.hosting.example. instead.',
    );
    expect(messages[1]!.message).toContain('SRV target ldap.corp.example. (line 9) is an alias: it owns a CNAME to dc01.corp.example. (line 10)');
    expect(messages[2]!.message).toContain('NS target ldap.corp.example. (line 12)');
    expect(messages[1]!.suggestions!.map((s) => s.desc)).toEqual(['Replace the target with dc01.corp.example.']);
    expect(applySuggestion(text, messages[0]!.suggestions![0]!)).toBe(text.replace('MX 10 mail', 'MX 10 mx1.hosting.example.'));
    expect(applySuggestion(text, messages[1]!.suggestions![0]!)).toBe(text.replace('389 ldap', '389 dc01.corp.example.'));
  });

  test('valid: targets with addresses, out-of-zone targets, CNAMEs not used as targets', async () => {
    const text = zone(
      ...HEAD,
      'ns1 IN A 192.0.2.1',
      '@ IN MX 10 mail',
      '@ IN MX 20 mx.provider.example.',
      'mail IN A 192.0.2.25',
      'webmail IN CNAME mail',
    );
    expect(await run(text, ID)).toEqual([]);
  });
});
