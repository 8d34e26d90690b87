import { describe, expect, it } from 'vitest';
import { BASE, run } from './_helpers.js';

describe('apex-ns-missing', () => {
  it('accepts apex NS records', async () => {
    expect((await run('apex-ns-missing', BASE)).messages).toEqual([]);
  });
  it('reports a zone without apex NS at its SOA', async () => {
    const r = await run('apex-ns-missing', '$TTL 3600\n@ SOA ns1 hostmaster 1 7200 3600 1209600 3600\nsub NS ns1\nns1 A 192.0.2.1\n');
    expect(r.messages).toHaveLength(1);
    expect(r.line()).toBe(2);
    expect(r.covered()).toBe('@ SOA ns1 hostmaster 1 7200 3600 1209600 3600');
    expect(r.messages[0]!.message).toMatch(/^The zone example\.com\. has no NS records at its apex \(SOA on line 2\): BIND refuses/);
  });
});
