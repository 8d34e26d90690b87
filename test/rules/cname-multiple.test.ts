import { describe, expect, it } from 'vitest';
import { BASE, apply, run } from './_helpers.js';

describe('cname-multiple', () => {
  it('accepts one CNAME (and leaves exact copies to no-duplicate-records)', async () => {
    expect((await run('cname-multiple', BASE + 'www CNAME ns1\nwww CNAME NS1\n')).messages).toEqual([]);
  });
  it('reports a second CNAME', async () => {
    const text = BASE + 'www CNAME ns1\nwww CNAME ns2\n';
    const r = await run('cname-multiple', text);
    expect(r.messages).toHaveLength(1);
    expect(r.line()).toBe(8);
    expect(r.messages[0]!.message).toBe(
      'Second CNAME for www.example.com. (to ns2.example.com.) on line 8: the name already has a CNAME on line 7 (to ns1.example.com.). A name can be an alias of one name only.',
    );
    expect(apply(text, r.messages[0]!.suggestions![0]!.fix)).toBe(BASE + 'www CNAME ns1\n');
  });
});
