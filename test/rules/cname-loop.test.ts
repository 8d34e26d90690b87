import { describe, expect, it } from 'vitest';
import { BASE, run } from './_helpers.js';

describe('cname-loop', () => {
  it('accepts chains that end', async () => {
    expect((await run('cname-loop', BASE + 'a CNAME b\nb CNAME ns1\nc CNAME a\n')).messages).toEqual([]);
  });
  it('reports a loop once, at its first record', async () => {
    const r = await run('cname-loop', BASE + 'x CNAME a\na CNAME b\nb CNAME c\nc CNAME a\n');
    expect(r.messages).toHaveLength(1);
    expect(r.line()).toBe(8);
    expect(r.covered()).toBe('a CNAME b');
    expect(r.messages[0]!.message).toBe(
      'CNAME loop: a.example.com. → b.example.com. → c.example.com. → a.example.com. (CNAMEs on lines 8, 9 and 10). Resolvers give up with SERVFAIL; point one of these CNAMEs at a name with data.',
    );
  });
  it('reports a CNAME to itself', async () => {
    const r = await run('cname-loop', BASE + 'self CNAME self\n');
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]!.message).toMatch(/^CNAME loop: self\.example\.com\. → self\.example\.com\. \(CNAMEs on line 7\)/);
  });
});
