import { describe, expect, it } from 'vitest';
import { BASE, apply, run } from './_helpers.js';

describe('soa-multiple', () => {
  it('accepts one SOA', async () => {
    expect((await run('soa-multiple', BASE)).messages).toEqual([]);
  });
  it('leaves exact copies to no-duplicate-records', async () => {
    const r = await run('soa-multiple', BASE + '@ IN SOA ns1 hostmaster 2024010100 7200 3600 1209600 3600\n');
    expect(r.messages).toEqual([]);
  });
  it('reports a second, different SOA with a deletion suggestion', async () => {
    const text = BASE + '@ SOA ns1 hostmaster 2024010101 7200 3600 1209600 3600\n';
    const r = await run('soa-multiple', text);
    expect(r.messages).toHaveLength(1);
    expect(r.line()).toBe(7);
    expect(r.covered()).toBe('@ SOA ns1 hostmaster 2024010101 7200 3600 1209600 3600');
    expect(r.messages[0]!.message).toBe(
      'Second SOA record for example.com.: the zone already has the SOA on line 2. A zone has exactly one SOA; keep one of them.',
    );
    expect(r.messages[0]!.fix).toBeUndefined();
    expect(apply(text, r.messages[0]!.suggestions![0]!.fix)).toBe(BASE);
  });
});
