import { describe, expect, it } from 'vitest';
import { BASE, run } from './_helpers.js';

describe('ns-count', () => {
  it('accepts two name servers (and leaves none to apex-ns-missing)', async () => {
    expect((await run('ns-count', BASE)).messages).toEqual([]);
    expect((await run('ns-count', '$TTL 60\n@ SOA ns1 hm 1 7200 3600 1209600 3600\n')).messages).toEqual([]);
  });
  it('reports a single apex NS', async () => {
    const r = await run('ns-count', '$TTL 60\n@ SOA ns1 hm 1 7200 3600 1209600 3600\n@ NS ns1\nns1 A 192.0.2.1\n');
    expect(r.messages).toHaveLength(1);
    expect(r.covered()).toBe('@ NS ns1');
    expect(r.messages[0]!.message).toMatch(/^The zone example\.com\. has a single name server \(NS on line 3\): RFC 1034/);
  });
});
