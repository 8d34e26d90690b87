import { describe, expect, it } from 'vitest';
import { BASE, run } from './_helpers.js';

const zone = (serial: string) => `$TTL 3600\n@ SOA ns1 hostmaster ${serial} 7200 3600 1209600 3600\n@ NS ns1\n@ NS ns2\nns1 A 192.0.2.1\nns2 A 192.0.2.2\n`;

describe('soa-serial', () => {
  it('is strict-only', async () => {
    const { ruleById } = await import('./_helpers.js');
    expect(ruleById('soa-serial').meta.severity).toBe('off');
    expect(ruleById('soa-serial').meta.presets?.strict).toBe('warn');
  });
  it('accepts date serials in the past and plain counters', async () => {
    expect((await run('soa-serial', BASE)).messages).toEqual([]);
    expect((await run('soa-serial', zone('42'))).messages).toEqual([]);
    expect((await run('soa-serial', zone('1700000000'))).messages).toEqual([]);
  });
  it('reports an invalid date', async () => {
    const r = await run('soa-serial', zone('2024133101'));
    expect(r.covered()).toBe('2024133101');
    expect(r.messages[0]!.message).toBe(
      'SOA serial 2024133101 looks like a date but 20241331 is not a valid YYYYMMDD date (SOA on line 2); date serials are YYYYMMDDnn.',
    );
  });
  it('reports a date without change number', async () => {
    const r = await run('soa-serial', zone('20240101'));
    expect(r.messages[0]!.message).toMatch(/^SOA serial 20240101 is a date without the two-digit change number \(SOA on line 2\)/);
  });
  it('reports a date in the future', async () => {
    const r = await run('soa-serial', zone('2099010100'));
    expect(r.messages[0]!.message).toMatch(/^SOA serial 2099010100 is a date in the future \(2099-01-01, SOA on line 2\)/);
  });
});
