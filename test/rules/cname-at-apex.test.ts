import { describe, expect, it } from 'vitest';
import { BASE, run } from './_helpers.js';

describe('cname-at-apex', () => {
  it('accepts CNAMEs below the apex', async () => {
    expect((await run('cname-at-apex', BASE + 'www CNAME ns1\n')).messages).toEqual([]);
  });
  it('reports a CNAME at the apex', async () => {
    const r = await run('cname-at-apex', BASE + '@ CNAME example.net.\n');
    expect(r.messages).toHaveLength(1);
    expect(r.covered()).toBe('@ CNAME example.net.');
    expect(r.messages[0]!.message).toMatch(/^CNAME at the zone apex example\.com\. \(line 7\): the apex must hold/);
  });
});
