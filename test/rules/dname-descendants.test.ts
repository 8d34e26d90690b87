import { describe, expect, it } from 'vitest';
import { BASE, run } from './_helpers.js';

describe('dname-descendants', () => {
  it('accepts a DNAME without names below', async () => {
    expect((await run('dname-descendants', BASE + 'foo DNAME bar\nbar A 192.0.2.1\n')).messages).toEqual([]);
  });
  it('reports the DNAME, naming the lines below it', async () => {
    const r = await run('dname-descendants', BASE + 'foo DNAME bar\nbar.foo A 192.0.0.1\nx.y.foo TXT "t"\n');
    expect(r.messages).toHaveLength(1);
    expect(r.line()).toBe(7);
    expect(r.covered()).toBe('foo DNAME bar');
    expect(r.messages[0]!.message).toMatch(/^DNAME for foo\.example\.com\. \(line 7\) has names below it \(lines 8 and 9\)/);
  });
});
