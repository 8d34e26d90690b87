import { describe, expect, it } from 'vitest';
import { BASE, run } from './_helpers.js';

describe('soa-missing', () => {
  it('accepts a zone with an SOA', async () => {
    expect((await run('soa-missing', BASE)).messages).toEqual([]);
  });
  it('reports a zone without an SOA at its first record', async () => {
    const r = await run('soa-missing', '$TTL 300\n@ NS ns1\nns1 A 192.0.2.1\n');
    expect(r.messages).toHaveLength(1);
    expect(r.line()).toBe(2);
    expect(r.covered()).toBe('@ NS ns1');
    expect(r.messages[0]!.message).toMatch(/^The zone example\.com\. has no SOA record: .*before the record on line 2\.$/);
  });
  it('reports an empty file at its start', async () => {
    const r = await run('soa-missing', '; nothing here\n');
    expect(r.messages).toHaveLength(1);
    expect(r.line()).toBe(1);
    expect(r.messages[0]!.column).toBe(1);
  });
});
