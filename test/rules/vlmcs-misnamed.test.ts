import { describe, expect, test } from 'vitest';
import { HEAD, applySuggestion, run, where, zone } from './kms-helpers.js';

const ID = 'vlmcs-misnamed';

describe(ID, () => {
  test('misspellings, _udp, missing _tcp and swapped labels, with the corrected owner as suggestion', async () => {
    const text = zone(
      ...HEAD,
      '_vmlcs._tcp IN SRV 0 0 1688 kms01',
      '_vlmcs._udp IN SRV 0 0 1688 kms01',
      '_vlmc._tcp.corp.example. IN SRV 0 0 1688 kms01',
      '_vlmcs.branch IN SRV 0 0 1688 kms02',
      '_tcp._vlmcs IN SRV 0 0 1688 kms03',
      'VLMCS._TCP IN SRV 0 0 1688 kms04',
    );
    const messages = await run(text, ID);
    expect(messages.map((m) => [m.ruleId, m.severity, where(m)])).toEqual([
      [ID, 2, '5:1-5:12'],
      [ID, 2, '6:1-6:12'],
      [ID, 2, '7:1-7:25'],
      [ID, 2, '8:1-8:14'],
      [ID, 2, '9:1-9:12'],
      [ID, 2, '10:1-10:11'],
    ]);
    expect(messages[0]!.message).toBe(
      '_vmlcs._tcp.corp.example. (line 5) looks like a KMS SRV record, but KMS clients only look up _vlmcs._tcp.corp.example.: "_vmlcs" is a misspelling of "_vlmcs", so this record is never used.',
    );
    expect(messages[1]!.message).toContain('KMS clients use TCP, never _udp');
    expect(messages[3]!.message).toContain('only look up _vlmcs._tcp.branch.corp.example.: the "_tcp" label is missing');
    expect(messages[4]!.message).toContain('the labels are in the wrong order');
    expect(messages.map((m) => m.suggestions!.map((s) => s.desc))).toEqual([
      ['Rename the owner to _vlmcs._tcp'],
      ['Rename the owner to _vlmcs._tcp'],
      ['Rename the owner to _vlmcs._tcp.corp.example.'],
      ['Rename the owner to _vlmcs._tcp.branch'],
      ['Rename the owner to _vlmcs._tcp'],
      ['Rename the owner to _vlmcs._tcp'],
    ]);
    expect(applySuggestion(text, messages[2]!.suggestions![0]!)).toBe(text.replace('_vlmc._tcp.corp.example. IN', '_vlmcs._tcp.corp.example. IN'));
    expect(applySuggestion(text, messages[3]!.suggestions![0]!)).toBe(text.replace('_vlmcs.branch IN', '_vlmcs._tcp.branch IN'));
  });

  test('a copy of a record that exists under the right name: suggest deleting it; blank owner: no rename', async () => {
    const text = zone(
      ...HEAD,
      '_vlmcs._tcp IN SRV 0 0 1688 kms01',
      '_vmlcs._tcp IN SRV 0 0 1688 kms01.corp.example.',
      '            IN SRV 0 0 1688 kms02',
      'kms01 IN A 192.0.2.20',
    );
    const messages = await run(text, ID);
    expect(messages.map(where)).toEqual(['6:1-6:12', '7:13-7:34']);
    expect(messages[0]!.suggestions!.map((s) => s.desc)).toEqual(['Delete this record: _vlmcs._tcp.corp.example. already has the same record (line 5)']);
    expect(applySuggestion(text, messages[0]!.suggestions![0]!)).toBe(
      zone(...HEAD, '_vlmcs._tcp IN SRV 0 0 1688 kms01', '_vmlcs._tcp            IN SRV 0 0 1688 kms02', 'kms01 IN A 192.0.2.20'),
    );
    expect(messages[1]!.message).toContain('_vmlcs._tcp.corp.example. (line 7)');
    expect(messages[1]!.suggestions).toBeUndefined();
  });

  test('valid: the right name, in any case, and unrelated services', async () => {
    const text = zone(
      ...HEAD,
      '_vlmcs._tcp IN SRV 0 0 1688 kms01',
      '_VLMCS._TCP.branch IN SRV 0 0 1688 kms01',
      '_ldap._tcp IN SRV 0 100 389 dc01',
      '_mcs._tcp IN SRV 0 100 80 web1',
      '_vlmcs IN TXT "not an SRV record"',
    );
    expect(await run(text, ID)).toEqual([]);
  });
});
