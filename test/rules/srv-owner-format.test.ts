import { describe, expect, test } from 'vitest';
import { HEAD, run, where, zone } from './kms-helpers.js';

const ID = 'srv-owner-format';

describe(ID, () => {
  test('owners without _service._proto labels', async () => {
    const text = zone(
      ...HEAD,
      'sip IN SRV 0 0 5060 pbx',
      '    IN SRV 0 0 5061 pbx',
      '_sip.voice IN SRV 0 0 5060 pbx',
      '_sip_tls._tcp IN SRV 0 0 5061 pbx',
      '_xmpp-client._tcp IN SRV 0 0 5222 chat',
    );
    const messages = await run(text, ID);
    expect(messages.map((m) => [m.ruleId, m.severity, where(m)])).toEqual([
      [ID, 2, '5:1-5:4'],
      [ID, 2, '7:1-7:11'],
      [ID, 2, '8:1-8:14'],
    ]);
    expect(messages[0]!.message).toBe(
      'SRV owner sip.corp.example. (lines 5, 6) does not begin with _service._proto labels (RFC 2782, RFC 6335): the first label "sip" does not begin with "_" (expected a service such as _ldap). Clients look up names such as _ldap._tcp.corp.example., so they never find these records.',
    );
    expect(messages[1]!.message).toContain('the second label "voice" is not a protocol label such as _tcp or _udp');
    expect(messages[2]!.message).toContain('the service label "_sip_tls" is not a service name');
    // The example keeps the zone part only: the bad service and its protocol label are both replaced.
    expect(messages[1]!.message).toContain('Clients look up names such as _ldap._tcp.voice.corp.example., so');
    expect(messages[2]!.message).toContain('Clients look up names such as _ldap._tcp.corp.example., so');
  });

  test('valid: AD names, long Lync names, and KMS look-alikes (vlmcs-misnamed reports those)', async () => {
    const text = zone(
      ...HEAD,
      '_ldap._tcp.dc._msdcs IN SRV 0 100 389 dc01',
      '_ldap._tcp.Default-First-Site-Name._sites IN SRV 0 100 389 dc01',
      '_sipfederationtls._tcp IN SRV 100 1 5061 sip',
      '_vlmcs.branch IN SRV 0 0 1688 kms01',
    );
    expect(await run(text, ID)).toEqual([]);
  });
});
