import { describe, expect, it } from 'vitest';
import { BASE, apply, run } from './_helpers.js';

describe('out-of-zone', () => {
  it('accepts names at and below the apex', async () => {
    expect((await run('out-of-zone', BASE + 'a.b.c A 192.0.2.1\n')).messages).toEqual([]);
  });
  it('reports a record outside the zone', async () => {
    const text = BASE + 'www.example.net. A 192.0.2.1\n';
    const r = await run('out-of-zone', text);
    expect(r.messages).toHaveLength(1);
    expect(r.covered()).toBe('www.example.net. A 192.0.2.1');
    expect(r.messages[0]!.message).toMatch(/^A record for www\.example\.net\. on line 7 is outside the zone example\.com\.: BIND ignores it/);
    expect(apply(text, r.messages[0]!.suggestions![0]!.fix)).toBe(BASE);
  });
});
