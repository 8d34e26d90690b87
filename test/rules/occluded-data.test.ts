import { describe, expect, it } from 'vitest';
import { BASE, run } from './_helpers.js';

describe('occluded-data', () => {
  it('accepts glue and the parent-side records of a delegation', async () => {
    const ok = BASE + 'sub NS ns.sub\nsub DS 12345 13 2 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nns.sub A 192.0.2.7\n';
    expect((await run('occluded-data', ok)).messages).toEqual([]);
  });
  it('reports data below a delegation', async () => {
    const r = await run('occluded-data', BASE + 'sub NS ns.example.net.\nwww.sub A 192.0.2.7\n');
    expect(r.messages).toHaveLength(1);
    expect(r.line()).toBe(8);
    expect(r.covered()).toBe('www.sub A 192.0.2.7');
    expect(r.messages[0]!.message).toBe(
      'A record for www.sub.example.com. on line 8 is below the delegation of sub.example.com. (NS on line 7): it is occluded and never served. Move it to the child zone or delete it.',
    );
  });
  it('reports non-parent data at a delegation point, e.g. a DNAME beside NS', async () => {
    const r = await run('occluded-data', BASE + 'sub NS ns.example.net.\nsub DNAME example.org.\n');
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]!.message).toMatch(/^DNAME record for sub\.example\.com\. on line 8 is at the delegation point/);
  });
  it('reports data below a DNAME', async () => {
    const r = await run('occluded-data', BASE + 'foo DNAME bar\nx.foo A 192.0.2.1\n');
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]!.message).toMatch(/^A record for x\.foo\.example\.com\. on line 8 is below the DNAME at foo\.example\.com\. \(line 7\)/);
  });
});
