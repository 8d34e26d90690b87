import { describe, expect, it } from 'vitest';
import { BASE, apply, run } from './_helpers.js';

describe('ttl-range', () => {
  it('accepts 2^31-1', async () => {
    expect((await run('ttl-range', BASE + 'www 2147483647 A 192.0.2.1\n')).messages).toEqual([]);
  });
  it('reports a larger TTL at the TTL', async () => {
    const text = BASE + 'www 2147483648 A 192.0.2.1\n';
    const r = await run('ttl-range', text);
    expect(r.messages).toHaveLength(1);
    expect(r.covered()).toBe('2147483648');
    expect(r.messages[0]!.message).toBe(
      'A record for www.example.com. on line 7: TTL 2147483648 is larger than 2147483647 (2^31-1): RFC 2181 §8 has resolvers treat such a TTL as 0.',
    );
    expect(apply(text, r.messages[0]!.suggestions![0]!.fix)).toBe(BASE + 'www 2147483647 A 192.0.2.1\n');
  });
  it('reports a $TTL once, at the first record using it', async () => {
    const r = await run('ttl-range', '$TTL 4000000000\n@ SOA ns1 hm 1 7200 3600 1209600 3600\n@ NS ns1\n');
    expect(r.messages).toHaveLength(1);
    expect(r.line()).toBe(2);
    expect(r.messages[0]!.message).toMatch(/takes TTL 4000000000 from the \$TTL on line 1/);
    expect(apply('$TTL 4000000000\n', r.messages[0]!.suggestions![0]!.fix)).toBe('$TTL 2147483647\n');
  });
});
