import { describe, expect, test } from 'vitest';
import { lintText } from '../../src/lint/lint-text.js';
import { presetRules } from '../../src/lint/presets.js';
import { builtinRules } from '../../rules/index.js';
import { ORIGIN, applySuggestion, ruleById, run, where, zone } from './kms-helpers.js';

const ID = 'vlmcs-stale-host';

// Windows export layout (no $TTL: the SOA's last value is the default TTL). Newest [AGE:n]: 3716712 =
// 2025-01-01 00:00 UTC (line 3); 3716520 = 192 h before; 3716519 = 193 h before; 3634093 = 2015-07-30 13:00 UTC.
const HEAD = ['@ IN SOA ns1 hostmaster 1 900 600 86400 3600', '@ NS ns1', '@ [AGE:3716712] 600 A 10.0.0.10', 'ns1 A 10.0.0.1'];
const STALE = zone(
  ...HEAD,
  '_vlmcs._tcp [AGE:3716700] 3600 SRV 0 0 1688 kms01',
  '            [AGE:3634093] 3600 SRV 0 0 1688 oldkms',
  'kms01 [AGE:3716700] 1200 A 10.0.0.20',
  'oldkms [AGE:3634093] 1200 A 10.0.0.99',
);

describe(ID, () => {
  test('meta: warn in recommended and kms', () => {
    const m = ruleById(ID).meta;
    expect([m.severity, m.presets, m.fixable, m.hasSuggestions]).toEqual(['warn', { kms: 'warn' }, false, true]);
    expect(presetRules('zonelint:kms', builtinRules)[ID]).toBe('warn');
    expect(presetRules('zonelint:recommended', builtinRules)[ID]).toBe('warn');
  });

  test('a record older than the newest [AGE:n] by more than 192 h: when, why, and what to delete', async () => {
    const messages = await run(STALE, ID);
    expect(messages).toHaveLength(1);
    const m = messages[0]!;
    expect([m.severity, where(m)]).toEqual([1, '6:13-6:51']);
    expect(m.message).toBe(
      '_vlmcs._tcp.corp.example. record for KMS host oldkms.corp.example. on line 6 was registered 2015-07-30 13:00 UTC, ' +
        '3442 days 11 hours before the newest record in this zone (2025-01-01 00:00 UTC, line 3): more than 192 hours (the 7-day ' +
        "no-refresh window plus the host's 24-hour re-registration). A KMS host re-registers this record every 24 hours, so this " +
        'host stopped publishing: it was decommissioned, or converted back to a KMS client with `slmgr /ipk <KMS client setup key>`. ' +
        'Scavenging is off by default in Windows DNS, so the record lingers and clients keep trying the host before they find one ' +
        'that answers. Its address record (line 8) is stale too (registered 2015-07-30 13:00 UTC): the machine is gone.',
    );
    expect(m.suggestions!.map((s) => s.desc)).toEqual([
      'Delete the _vlmcs._tcp.corp.example. record of oldkms.corp.example. (line 6)',
      'Delete the _vlmcs._tcp.corp.example. record (line 6) and the stale address record of oldkms.corp.example. (line 8)',
    ]);
    expect(applySuggestion(STALE, m.suggestions![0]!)).toBe(
      zone(...HEAD, '_vlmcs._tcp [AGE:3716700] 3600 SRV 0 0 1688 kms01', 'kms01 [AGE:3716700] 1200 A 10.0.0.20', 'oldkms [AGE:3634093] 1200 A 10.0.0.99'),
    );
    expect(applySuggestion(STALE, m.suggestions![1]!)).toBe(zone(...HEAD, '_vlmcs._tcp [AGE:3716700] 3600 SRV 0 0 1688 kms01', 'kms01 [AGE:3716700] 1200 A 10.0.0.20'));
  });

  test('the host still registers its address: converted back to a client', async () => {
    const text = zone(...HEAD, '_vlmcs._tcp [AGE:3634093] 3600 SRV 0 0 1688 kms01', 'kms01 [AGE:3716712] 1200 A 10.0.0.20');
    const [m] = await run(text, ID);
    expect(m!.message).toContain('Its address record (line 6) is current (registered 2025-01-01 00:00 UTC): the machine is up but no longer a KMS host.');
    expect(m!.suggestions).toHaveLength(1);
  });

  test('192 hours is allowed, 193 is not; maxAgeHours changes the limit', async () => {
    const at = (age: number) => zone(...HEAD, `_vlmcs._tcp [AGE:${age}] 3600 SRV 0 0 1688 kms01`, 'kms01 A 10.0.0.20');
    expect(await run(at(3716520), ID)).toEqual([]);
    const [m] = await run(at(3716519), ID);
    expect(m!.message).toContain('registered 2024-12-23 23:00 UTC, 8 days 1 hour before the newest record');
    expect(await run(at(3716519), ID, { options: { maxAgeHours: 240 } })).toEqual([]);
    const [n] = await run(at(3716400), ID, { options: { maxAgeHours: 240 } });
    expect(n!.message).toContain('more than the 240 hours allowed (maxAgeHours)');
  });

  test('static records and zones without timestamps are not its business', async () => {
    expect(await run(zone(...HEAD, '_vlmcs._tcp 3600 SRV 0 0 1688 kms01', 'kms01 A 10.0.0.20'), ID)).toEqual([]);
    const noAge = zone('$TTL 3600', '@ SOA ns1 hostmaster 1 900 600 86400 3600', '@ NS ns1', 'ns1 A 10.0.0.1', '_vlmcs._tcp SRV 0 0 1688 ns1');
    expect(await run(noAge, ID)).toEqual([]);
    expect(await run(noAge, ID, { options: { asOf: '2030-01-01T00:00Z' } })).toEqual([]);
  });

  test('asOf option and settings.asOf (--as-of) replace the newest [AGE:n]; the option wins', async () => {
    const fresh = zone(...HEAD, '_vlmcs._tcp [AGE:3716700] 3600 SRV 0 0 1688 kms01', 'kms01 A 10.0.0.20');
    expect(await run(fresh, ID)).toEqual([]);
    const [m] = await run(fresh, ID, { options: { asOf: '2025-02-01T00:00Z' } });
    expect(m!.message).toContain('registered 2024-12-31 12:00 UTC, 31 days 12 hours before the reference time 2025-02-01 00:00 UTC (--as-of)');
    const config = (rule: unknown) => ({ extends: ['zonelint:recommended'], rules: { [ID]: rule }, settings: { asOf: '2025-02-01T00:00Z' } }) as never;
    const viaSettings = await lintText(fresh, { origin: ORIGIN, config: config('warn') });
    expect(viaSettings.messages.filter((x) => x.ruleId === ID)).toHaveLength(1);
    const optionWins = await lintText(fresh, { origin: ORIGIN, config: config(['warn', { asOf: '2025-01-01T00:00Z' }]) });
    expect(optionWins.messages.filter((x) => x.ruleId === ID)).toEqual([]);
  });

  test('bad options are configuration errors', async () => {
    for (const options of [{ maxAgeHours: -1 }, { maxAgeHours: '192' }, { asOf: 'last tuesday' }, { maxAge: 1 }]) {
      await expect(lintText(STALE, { origin: ORIGIN, config: { rules: { [ID]: ['warn', options] } } })).rejects.toThrow(/maxAgeHours|asOf|unknown option/);
    }
  });
});
