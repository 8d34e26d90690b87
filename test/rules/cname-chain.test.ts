import { describe, expect, it } from 'vitest';
import { BASE, apply, run } from './_helpers.js';

describe('cname-chain', () => {
  it('accepts direct CNAMEs', async () => {
    expect((await run('cname-chain', BASE + 'a CNAME ns1\nb CNAME example.net.\n')).messages).toEqual([]);
  });
  it('reports a CNAME to a CNAME at the target, suggesting the final name', async () => {
    const text = BASE + 'a CNAME b\nb CNAME ns1\n';
    const r = await run('cname-chain', text);
    expect(r.messages).toHaveLength(1);
    expect(r.covered()).toBe('b');
    expect(r.messages[0]!.message).toMatch(/^CNAME chain: a\.example\.com\. \(line 7\) points at b\.example\.com\., itself a CNAME \(line 8\) to ns1\.example\.com\./);
    expect(apply(text, r.messages[0]!.suggestions![0]!.fix)).toBe(BASE + 'a CNAME ns1.example.com.\nb CNAME ns1\n');
  });
});
