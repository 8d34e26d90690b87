import { describe, expect, test } from 'vitest';
import { presetRules } from '../../src/lint/presets.js';
import { builtinRules } from '../../rules/index.js';
import { applySuggestion, ruleById, run, zone } from './kms-helpers.js';

const ID = 'dynamic-record-stale';

// Newest [AGE:n]: 3716712 = 2025-01-01 00:00 UTC (line 3). 3716376 = 336 h before; 3716375 = 337 h before.
const HEAD = ['@ IN SOA ns1 hostmaster 1 900 600 86400 3600', '@ NS ns1', '@ [AGE:3716712] 600 A 10.0.0.10', 'ns1 A 10.0.0.1'];

describe(ID, () => {
  test('meta: off by default, warn in zonelint:all', () => {
    const m = ruleById(ID).meta;
    expect([m.severity, m.fixable, m.hasSuggestions]).toEqual(['off', false, true]);
    expect(presetRules('zonelint:recommended', builtinRules)[ID]).toBeUndefined();
    expect(presetRules('zonelint:all', builtinRules)[ID]).toBe('warn');
  });

  test('a record past AGE + no-refresh + refresh: the scavenging arithmetic, and a deletion suggestion', async () => {
    const text = zone(...HEAD, 'ws-0041 [AGE:3716376] 1200 A 10.0.0.41', 'ws-0042 [AGE:3716375] 1200 A 10.0.0.42', 'ws-0043 1200 A 10.0.0.43');
    const messages = await run(text, ID, { severity: 'warn' });
    expect(messages.map((m) => m.line)).toEqual([6]);
    expect(messages[0]!.message).toBe(
      'A record for ws-0042.corp.example. on line 6 was registered 2024-12-17 23:00 UTC and not refreshed since: 14 days 1 hour before ' +
        'the newest record in this zone (2025-01-01 00:00 UTC, line 3). With aging on, Windows DNS scavenges a record once now > AGE + ' +
        'no-refresh + refresh = 2024-12-17 23:00 UTC + 168 h + 168 h = 2024-12-31 23:00 UTC; this one is past that, so whatever ' +
        'registered it stopped refreshing it (Windows clients re-register every 24 hours). Aging and scavenging are off by default, so ' +
        'the record lingers until someone deletes it.',
    );
    expect(applySuggestion(text, messages[0]!.suggestions![0]!)).toBe(zone(...HEAD, 'ws-0041 [AGE:3716376] 1200 A 10.0.0.41', 'ws-0043 1200 A 10.0.0.43'));
  });

  test('intervals and asOf are options; _vlmcs._tcp SRV records are left to vlmcs-stale-host', async () => {
    const text = zone(...HEAD, 'ws-0042 [AGE:3716375] 1200 A 10.0.0.42', '_vlmcs._tcp [AGE:3634093] 3600 SRV 0 0 1688 ns1');
    expect((await run(text, ID, { severity: 'warn' })).map((m) => m.line)).toEqual([5]);
    expect(await run(text, ID, { severity: 'warn', options: { noRefreshHours: 168, refreshHours: 200 } })).toEqual([]);
    const [m] = await run(text, ID, { severity: 'warn', options: { noRefreshHours: 24, refreshHours: 24, asOf: '2024-12-20T00:00Z' } });
    expect(m!.message).toContain('= 2024-12-17 23:00 UTC + 24 h + 24 h = 2024-12-19 23:00 UTC');
    expect(m!.message).toContain('before the reference time 2024-12-20 00:00 UTC (--as-of)');
  });
});
