import { describe, expect, test } from 'vitest';
import { lintText } from '../../src/lint/lint-text.js';
import { HEAD, ORIGIN, applySuggestion, ruleById, run, where, zone } from './kms-helpers.js';

const ID = 'vlmcs-multiple-hosts';

const ROGUE = zone(
  ...HEAD,
  'kms01 IN A 192.0.2.20',
  'ws-0042 IN A 192.0.2.142',
  '_vlmcs._tcp IN SRV 0 0 1688 kms01.corp.example.',
  '_vlmcs._tcp IN SRV 0 0 1688 ws-0042.corp.example.',
  '_vlmcs._tcp IN SRV 0 0 1688 build7',
);

describe(ID, () => {
  test('several hosts: one warning listing every host with its line, the threshold and the slmgr remedy', async () => {
    const messages = await run(ROGUE, ID);
    expect(messages).toHaveLength(1);
    const m = messages[0]!;
    expect([m.ruleId, m.severity, where(m)]).toEqual([ID, 1, '8:1-8:50']);
    expect(m.message).toContain(
      '3 KMS hosts are published in _vlmcs._tcp.corp.example.: kms01.corp.example. (line 7), ws-0042.corp.example. (line 8), build7.corp.example. (line 9)',
    );
    expect(m.message).toContain('25 client-OS (5 server-OS) requests');
    expect(m.message).toContain('slmgr /ipk <KMS client setup key>');
    expect(m.note).toContain('"vlmcs-multiple-hosts": ["warn", {"allowedHosts": ["kms01.corp.example.", "ws-0042.corp.example.", "build7.corp.example."]}]');
    expect(m.suggestions!.map((s) => s.desc)).toEqual([
      'Delete the record of kms01.corp.example. (line 7); first run `slmgr /ipk <KMS client setup key>` on kms01.corp.example. if it is a rogue KMS host',
      'Delete the record of ws-0042.corp.example. (line 8); first run `slmgr /ipk <KMS client setup key>` on ws-0042.corp.example. if it is a rogue KMS host',
      'Delete the record of build7.corp.example. (line 9); first run `slmgr /ipk <KMS client setup key>` on build7.corp.example. if it is a rogue KMS host',
    ]);
    expect(applySuggestion(ROGUE, m.suggestions![1]!)).toBe(
      zone(
        ...HEAD,
        'kms01 IN A 192.0.2.20',
        'ws-0042 IN A 192.0.2.142',
        '_vlmcs._tcp IN SRV 0 0 1688 kms01.corp.example.',
        '_vlmcs._tcp IN SRV 0 0 1688 build7',
      ),
    );
  });

  test('allowedHosts: only hosts outside the list are reported, as rogue KMS hosts', async () => {
    const messages = await run(ROGUE, ID, { severity: 'error', options: { allowedHosts: ['KMS01.corp.example'] } });
    expect(messages.map((m) => [m.severity, where(m)])).toEqual([
      [2, '8:1-8:50'],
      [2, '9:1-9:35'],
    ]);
    expect(messages[0]!.message).toContain('Rogue KMS host ws-0042.corp.example. (line 8) in _vlmcs._tcp.corp.example.: it is not in allowedHosts (KMS01.corp.example.)');
    expect(messages[0]!.message).toContain('kms01.corp.example. (line 7), ws-0042.corp.example. (line 8), build7.corp.example. (line 9)');
    expect(messages[0]!.message).toContain('slmgr /ipk <KMS client setup key>');
    expect(messages[0]!.message).toContain('25 client-OS (5 server-OS)');
    expect(messages[1]!.message).toContain('Rogue KMS host build7.corp.example. (line 9)');
    expect(messages[1]!.note).toContain('add it to the rule\'s allowedHosts option');
    expect(applySuggestion(ROGUE, messages[1]!.suggestions![0]!)).toBe(ROGUE.replace('_vlmcs._tcp IN SRV 0 0 1688 build7\n', ''));
  });

  test('allowedHosts: a single host outside the list is rogue too; all allowed gives nothing', async () => {
    const one = zone(...HEAD, '_vlmcs._tcp IN SRV 0 0 1688 ws-0042');
    const messages = await run(one, ID, { options: { allowedHosts: ['kms01.corp.example.'] } });
    expect(messages.map(where)).toEqual(['5:1-5:36']);
    expect(await run(ROGUE, ID, { options: { allowedHosts: ['kms01.corp.example.', 'ws-0042.corp.example', 'build7.corp.example.'] } })).toEqual([]);
  });

  test('valid: one host (published twice is vlmcs-duplicate\'s business), "." targets, other services', async () => {
    const text = zone(
      ...HEAD,
      '_vlmcs._tcp IN SRV 0 0 1688 kms01',
      '_vlmcs._tcp IN SRV 10 0 1688 KMS01.corp.example.',
      '_ldap._tcp IN SRV 0 100 389 dc01',
      '_ldap._tcp IN SRV 0 100 389 dc02',
    );
    expect(await run(text, ID)).toEqual([]);
  });

  test('options are validated', () => {
    const validate = ruleById(ID).meta.options!;
    expect(validate(undefined)).toEqual({});
    expect(validate({ allowedHosts: ['kms01.corp.example'] })).toEqual({ allowedHosts: ['kms01.corp.example.'] });
    expect(() => validate({ allowedHosts: 'kms01.corp.example.' })).toThrow(/allowedHosts must be an array of host names/);
    expect(() => validate({ allowedHosts: [42] })).toThrow(/allowedHosts\[0\] must be a host name/);
    expect(() => validate({ allowedHosts: ['a..b'] })).toThrow(/"a\.\.b" is not a valid host name/);
    expect(() => validate({ allowed: [] })).toThrow(/unknown option "allowed"/);
    expect(() => validate(['kms01'])).toThrow(/options must be an object/);
  });

  test('bad options are a config error', async () => {
    await expect(
      lintText(ROGUE, { origin: ORIGIN, config: { rules: { [ID]: ['warn', { allowedHosts: 'kms01' }] } } }),
    ).rejects.toThrow(/invalid options for rule "vlmcs-multiple-hosts": allowedHosts must be an array/);
  });
});

describe('rogue hosts outside allowedHosts', () => {
  test('are errors even when the rule is configured as a warning', async () => {
    const { lintText } = await import('../../src/lint/lint-text.js');
    const zone = '$ORIGIN corp.example.\n$TTL 3600\n_vlmcs._tcp SRV 0 0 1688 kms01\n_vlmcs._tcp SRV 0 0 1688 ws-0042\n';
    const r = await lintText(zone, { config: { rules: { 'vlmcs-multiple-hosts': ['warn', { allowedHosts: ['kms01.corp.example'] }] } } });
    const m = r.messages.filter((x) => x.ruleId === 'vlmcs-multiple-hosts');
    expect(m.map((x) => [x.line, x.severity])).toEqual([[4, 2]]);
    const plain = await lintText(zone, { config: { rules: { 'vlmcs-multiple-hosts': 'warn' } } });
    expect(plain.messages.filter((x) => x.ruleId === 'vlmcs-multiple-hosts').map((x) => x.severity)).toEqual([1]);
  });
});
