import { describe, expect, test } from 'vitest';
import { HEAD, applySuggestion, run, where, zone } from './kms-helpers.js';

const ID = 'srv-priority-collision';

describe(ID, () => {
  test('KMS: three hosts at priority 0 weight 0 is the rogue-host pattern', async () => {
    const text = zone(
      ...HEAD,
      '_vlmcs._tcp IN SRV 0 0 1688 kms01',
      '_vlmcs._tcp IN SRV 0 0 1688 ws-0042',
      '_vlmcs._tcp IN SRV 0 0 1688 build7',
      '_vlmcs._tcp IN SRV 10 0 1688 kms02',
    );
    const messages = await run(text, ID);
    expect(messages).toHaveLength(1);
    const m = messages[0]!;
    expect([m.ruleId, m.severity, where(m)]).toEqual([ID, 1, '6:1-6:36']);
    expect(m.message).toContain(
      '3 hosts share priority 0 in _vlmcs._tcp.corp.example. and every weight is 0: kms01.corp.example. (line 5), ws-0042.corp.example. (line 6), build7.corp.example. (line 7)',
    );
    expect(m.message).toContain('RFC 2782');
    expect(m.message).toContain('rogue KMS host pattern');
    expect(m.message).toContain('25 client-OS / 5 server-OS requests');
    expect(m.message).toContain('slmgr /ipk <KMS client setup key>');
    expect(m.message).toContain('DnsDomainPublishList');
    expect(m.message).toContain("undone by the host's next dynamic update");
    expect(m.suggestions!).toHaveLength(4);
    // Priority 10 is taken by kms02's group: backups go to 20 and 30.
    expect(m.suggestions![0]!.desc).toMatch(
      /^Make kms01\.corp\.example\. the primary \(priority 0\) and the others backups: ws-0042\.corp\.example\. priority 20, build7\.corp\.example\. priority 30; make it last with DnsDomainPublishList .* kms01\.corp\.example\. "corp\.example, 0, 0", ws-0042\.corp\.example\. "corp\.example, 20, 0", build7\.corp\.example\. "corp\.example, 30, 0"/,
    );
    expect(applySuggestion(text, m.suggestions![0]!)).toBe(
      zone(
        ...HEAD,
        '_vlmcs._tcp IN SRV 0 0 1688 kms01',
        '_vlmcs._tcp IN SRV 20 0 1688 ws-0042',
        '_vlmcs._tcp IN SRV 30 0 1688 build7',
        '_vlmcs._tcp IN SRV 10 0 1688 kms02',
      ),
    );
    expect(applySuggestion(text, m.suggestions![2]!)).toBe(
      zone(
        ...HEAD,
        '_vlmcs._tcp IN SRV 20 0 1688 kms01',
        '_vlmcs._tcp IN SRV 30 0 1688 ws-0042',
        '_vlmcs._tcp IN SRV 0 0 1688 build7',
        '_vlmcs._tcp IN SRV 10 0 1688 kms02',
      ),
    );
    expect(m.suggestions![3]!.desc).toMatch(/^Split evenly with explicit weights: set weight 33 on kms01\.corp\.example\., ws-0042\.corp\.example\., build7\.corp\.example\./);
    expect(applySuggestion(text, m.suggestions![3]!)).toBe(
      zone(
        ...HEAD,
        '_vlmcs._tcp IN SRV 0 33 1688 kms01',
        '_vlmcs._tcp IN SRV 0 33 1688 ws-0042',
        '_vlmcs._tcp IN SRV 0 33 1688 build7',
        '_vlmcs._tcp IN SRV 10 0 1688 kms02',
      ),
    );
  });

  test('other services: no KMS text; two hosts get 50/50', async () => {
    const text = zone(...HEAD, '_imap._tcp IN SRV 5 0 143 mail1', '_imap._tcp IN SRV 5 0 143 mail2');
    const [m, ...rest] = await run(text, ID);
    expect(rest).toEqual([]);
    expect(where(m!)).toBe('6:1-6:32');
    expect(m!.message).not.toContain('KMS');
    expect(m!.suggestions!.map((s) => s.desc)).toEqual([
      'Make mail1.corp.example. the primary (priority 5) and the others backups: mail2.corp.example. priority 15',
      'Make mail2.corp.example. the primary (priority 5) and the others backups: mail1.corp.example. priority 15',
      'Split evenly with explicit weights: set weight 50 on mail1.corp.example., mail2.corp.example.',
    ]);
    expect(applySuggestion(text, m!.suggestions![2]!)).toBe(zone(...HEAD, '_imap._tcp IN SRV 5 50 143 mail1', '_imap._tcp IN SRV 5 50 143 mail2'));
  });

  test('valid: equal non-zero weights, distinct priorities, one host, "." target', async () => {
    const text = zone(
      ...HEAD,
      '_vlmcs._tcp IN SRV 0 50 1688 kms01',
      '_vlmcs._tcp IN SRV 0 50 1688 kms02',
      '_a._tcp IN SRV 0 0 80 web1',
      '_a._tcp IN SRV 10 0 80 web2',
      '_b._tcp IN SRV 0 0 80 web1',
      '_b._tcp IN SRV 0 0 80 WEB1.corp.example.',
    );
    expect(await run(text, ID)).toEqual([]);
  });
});
