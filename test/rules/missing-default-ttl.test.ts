import { describe, expect, it } from 'vitest';
import { BASE, apply, run } from './_helpers.js';

describe('missing-default-ttl', () => {
  it('accepts a $TTL, and zones where every record has a TTL', async () => {
    expect((await run('missing-default-ttl', BASE)).messages).toEqual([]);
    expect((await run('missing-default-ttl', '@ 60 SOA ns1 hm 1 7200 3600 1209600 3600\n@ 60 NS ns1\n')).messages).toEqual([]);
  });
  it('reports the first record without a TTL and suggests $TTL with the SOA minimum', async () => {
    const text = '$ORIGIN example.com.\n@ SOA ns1 hm 1 7200 3600 1209600 900\n@ NS ns1\n';
    const r = await run('missing-default-ttl', text);
    expect(r.messages).toHaveLength(1);
    expect(r.line()).toBe(2);
    expect(r.messages[0]!.message).toMatch(/^No \$TTL directive: the SOA record on line 2 has no TTL and takes the SOA minimum \(900\)/);
    const s = r.messages[0]!.suggestions![0]!;
    expect(s.desc).toBe('Insert "$TTL 900" (the SOA minimum) before the first record');
    expect(apply(text, s.fix)).toBe('$ORIGIN example.com.\n$TTL 900\n@ SOA ns1 hm 1 7200 3600 1209600 900\n@ NS ns1\n');
  });
  it('reports records that inherit the previous TTL', async () => {
    const r = await run('missing-default-ttl', '@ 60 SOA ns1 hm 1 7200 3600 1209600 900\n@ NS ns1\n');
    expect(r.line()).toBe(2);
    expect(r.messages[0]!.message).toMatch(/takes the TTL of the record before it \(RFC 1035 semantics, 60\)/);
  });
});
