import { describe, expect, it } from 'vitest';
import { BASE, apply, run } from './_helpers.js';

describe('soa-not-at-apex', () => {
  it('accepts the SOA at the apex', async () => {
    expect((await run('soa-not-at-apex', BASE)).messages).toEqual([]);
  });
  it('reports an SOA below the apex', async () => {
    const text = BASE + 'sub SOA ns1 hostmaster 1 7200 3600 1209600 3600\n';
    const r = await run('soa-not-at-apex', text);
    expect(r.messages).toHaveLength(1);
    expect(r.line()).toBe(7);
    expect(r.covered()).toBe('sub SOA ns1 hostmaster 1 7200 3600 1209600 3600');
    expect(r.messages[0]!.message).toMatch(/^SOA record for sub\.example\.com\., below the zone apex example\.com\. \(SOA on line 2\)/);
    expect(apply(text, r.messages[0]!.suggestions![0]!.fix)).toBe(BASE);
  });
  it('reports an SOA that is not at the given origin', async () => {
    const r = await run('soa-not-at-apex', 'other.example. 300 SOA ns1 hm 1 7200 3600 1209600 3600\n', { origin: 'example.com.' });
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]!.message).toBe('SOA record for other.example., but the zone origin is example.com.: the SOA must be at the origin of the zone.');
  });
});
