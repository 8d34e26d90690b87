// Issue 7: KMS rule messages that name dynamic `_vlmcs._tcp` records say when each was last registered.
import { describe, expect, test } from 'vitest';
import { run, zone } from './kms-helpers.js';

// Newest [AGE:n] 3716712 = 2025-01-01 00:00 UTC (line 3); 3716640 = 3 days before.
const HEAD = ['@ IN SOA ns1 hostmaster 1 900 600 86400 3600', '@ NS ns1', '@ [AGE:3716712] 600 A 10.0.0.10', 'ns1 A 10.0.0.1', 'kms01 A 10.0.0.20', 'kms02 A 10.0.0.21'];

describe('KMS messages with [AGE:n]', () => {
  test('vlmcs-multiple-hosts and srv-priority-collision list the registrations', async () => {
    const text = zone(...HEAD, '_vlmcs._tcp [AGE:3716712] 3600 SRV 0 0 1688 kms01', '            [AGE:3716640] 3600 SRV 0 0 1688 kms02');
    const want =
      ' Last registered (Windows DNS [AGE:n]): line 7 registered 2025-01-01 00:00 UTC (the newest record in this zone); ' +
      'line 8 registered 2024-12-29 00:00 UTC, 3 days before the newest record in this zone.';
    for (const id of ['vlmcs-multiple-hosts', 'srv-priority-collision']) {
      const [m] = await run(text, id);
      expect(m!.message.endsWith(want), `${id}: ${m!.message}`).toBe(true);
    }
  });

  test('vlmcs-duplicate and vlmcs-port: the records named; static records add nothing', async () => {
    const dup = zone(...HEAD, '_vlmcs._tcp [AGE:3716712] 3600 SRV 0 0 1688 kms01', '_vlmcs._tcp 3600 SRV 0 0 1688 kms01');
    const [d] = await run(dup, 'vlmcs-duplicate');
    expect(d!.message).toMatch(/delete it\. Last registered \(Windows DNS \[AGE:n\]\): line 7 registered 2025-01-01 00:00 UTC \(the newest record in this zone\)\.$/);
    const port = zone(...HEAD, '_vlmcs._tcp [AGE:3716640] 3600 SRV 0 0 1689 kms01');
    const [p] = await run(port, 'vlmcs-port');
    expect(p!.message).toContain('Last registered (Windows DNS [AGE:n]): line 7 registered 2024-12-29 00:00 UTC, 3 days before the newest record in this zone.');
    const [s] = await run(zone(...HEAD, '_vlmcs._tcp 3600 SRV 0 0 1689 kms01'), 'vlmcs-port');
    expect(s!.message).not.toContain('registered');
  });
});
