import { describe, expect, test } from 'vitest';
import { HEAD, applySuggestion, run, where, zone } from './kms-helpers.js';

const ID = 'srv-zero-weight';

describe(ID, () => {
  test('a weight-0 record beside weight > 0 at the same priority names the record that starves it', async () => {
    const text = zone(
      ...HEAD,
      '_sip._tcp IN SRV 10 60 5060 sip1',
      '_sip._tcp IN SRV 10 0 5060 sip2',
      '_sip._tcp IN SRV 20 0 5060 sip3',
    );
    const messages = await run(text, ID);
    expect(messages).toHaveLength(1);
    const m = messages[0]!;
    expect([m.ruleId, m.severity, where(m)]).toEqual([ID, 1, '6:21-6:22']);
    expect(m.message).toContain('sip2.corp.example. (line 6) has weight 0 at priority 10 in _sip._tcp.corp.example., where sip1.corp.example. (line 5, weight 60) has weight > 0');
    expect(m.message).toContain('weights are relative (RFC 2782)');
    expect(m.message).toContain('almost never be chosen');
    expect(m.message).not.toContain('slmgr');
    expect(m.suggestions!.map((s) => s.desc)).toEqual(['Set the weight of sip2.corp.example. (line 6) to 60, an explicit share']);
    expect(applySuggestion(text, m.suggestions![0]!)).toBe(text.replace('10 0 5060 sip2', '10 60 5060 sip2'));
  });

  test('KMS: the rogue-host workaround is named, with the DnsDomainPublishList value', async () => {
    const text = zone(
      ...HEAD,
      '_vlmcs._tcp IN SRV 0 50 1688 kms01',
      '_vlmcs._tcp IN SRV 0 100 1688 kms02',
      '_vlmcs._tcp IN SRV 0 0 1688 ws-0042 ; starved on purpose',
    );
    const messages = await run(text, ID);
    expect(messages.map((m) => [m.severity, where(m)])).toEqual([[1, '7:22-7:23']]);
    const m = messages[0]!;
    expect(m.message).toContain('where kms01.corp.example. (line 5, weight 50), kms02.corp.example. (line 6, weight 100) have weight > 0');
    expect(m.message).toContain('known workaround to starve a rogue KMS host');
    expect(m.message).toContain('the real fix is removing the rogue host: run `slmgr /ipk <KMS client setup key>` on it and delete its record');
    expect(m.suggestions![0]!.desc).toBe(
      'Set the weight of ws-0042.corp.example. (line 7) to 100, an explicit share; to make it last, set DnsDomainPublishList on ws-0042.corp.example. to "corp.example, 0, 100" ' +
        '(REG_MULTI_SZ under HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SoftwareProtectionPlatform) and restart the Software Protection service, or its next dynamic update restores weight 0',
    );
    expect(applySuggestion(text, m.suggestions![0]!)).toBe(text.replace('0 0 1688 ws-0042', '0 100 1688 ws-0042'));
    expect(m.suggestions![1]!.desc).toContain('Delete the record of ws-0042.corp.example. (line 7) if it is a rogue KMS host');
    expect(applySuggestion(text, m.suggestions![1]!)).toBe(text.replace('_vlmcs._tcp IN SRV 0 0 1688 ws-0042 ; starved on purpose\n', ''));
  });

  test('valid: a single weight-0 record, all weights 0, weight 0 at another priority, "." target', async () => {
    const text = zone(
      ...HEAD,
      '_a._tcp IN SRV 0 0 80 web1',
      '_b._tcp IN SRV 0 0 80 web1',
      '_b._tcp IN SRV 0 0 80 web2',
      '_c._tcp IN SRV 0 10 80 web1',
      '_c._tcp IN SRV 5 0 80 web2',
      'web1 IN A 192.0.2.1',
    );
    expect(await run(text, ID)).toEqual([]);
  });
});

test('srv-zero-weight: the same host with another weight is vlmcs-duplicate\'s business', async () => {
  const text = zone(...HEAD, '_vlmcs._tcp IN SRV 0 0 1688 kms01', '_vlmcs._tcp IN SRV 0 100 1688 KMS01.corp.example.');
  expect(await run(text, ID)).toEqual([]);
});
