import { describe, expect, it } from 'vitest';
import { BASE, run } from './_helpers.js';

describe('dname-multiple', () => {
  it('accepts one DNAME', async () => {
    expect((await run('dname-multiple', BASE + 'foo DNAME bar\n')).messages).toEqual([]);
  });
  it('reports a second DNAME', async () => {
    const r = await run('dname-multiple', BASE + 'foo DNAME bar1\nfoo DNAME bar2\n');
    expect(r.messages).toHaveLength(1);
    expect(r.line()).toBe(8);
    expect(r.messages[0]!.message).toMatch(/^Second DNAME for foo\.example\.com\. \(to bar2\.example\.com\.\) on line 8: the name already has a DNAME on line 7/);
    expect(r.messages[0]!.suggestions).toHaveLength(1);
  });
});
