import { describe, expect, it } from 'vitest';
import { BASE, apply, run } from './_helpers.js';

describe('cname-and-other-data', () => {
  it('accepts a CNAME alone and with DNSSEC records', async () => {
    expect((await run('cname-and-other-data', BASE + 'www CNAME ns1\n')).messages).toEqual([]);
    const signed = BASE + 'www CNAME ns1\nwww NSEC x CNAME RRSIG NSEC\n';
    expect((await run('cname-and-other-data', signed)).messages).toEqual([]);
  });
  it('reports data after the CNAME at that data, with a deletion suggestion', async () => {
    const text = BASE + 'www CNAME ns1\n    A 192.0.2.3\n';
    const r = await run('cname-and-other-data', text);
    expect(r.messages).toHaveLength(1);
    expect(r.line()).toBe(8);
    expect(r.covered()).toBe('A 192.0.2.3');
    expect(r.messages[0]!.message).toBe(
      'A record for www.example.com. on line 8 is beside the CNAME on line 7: a name with a CNAME can have no other data (RFC 1034 §3.6.2). Move this record to the CNAME\'s target, or replace the CNAME with the target\'s records.',
    );
    expect(apply(text, r.messages[0]!.suggestions![0]!.fix)).toBe(BASE + 'www CNAME ns1\n');
  });
  it('reports a CNAME after other data at the CNAME, naming those lines', async () => {
    const r = await run('cname-and-other-data', BASE + 'www A 192.0.2.3\nwww TXT "x"\nwww CNAME ns1\n');
    expect(r.messages).toHaveLength(1);
    expect(r.line()).toBe(9);
    expect(r.messages[0]!.message).toMatch(/^CNAME record for www\.example\.com\. on line 9 is beside other data \(A, TXT on lines 7 and 8\)/);
  });
});

describe('cname-and-other-data across $INCLUDE', () => {
  it('reports at the $INCLUDE line, naming the line in the included file, without a suggestion', async () => {
    const r = await run('cname-and-other-data', BASE + 'www CNAME ns1\n$INCLUDE extra.zone\n', {
      includes: { 'extra.zone': '; extra records\nwww A 192.0.2.9\n' },
    });
    expect(r.messages).toHaveLength(1);
    expect(r.line()).toBe(8);
    expect(r.covered()).toBe('$INCLUDE extra.zone');
    expect(r.messages[0]!.message).toBe(
      "A record for www.example.com. on line 2 of extra.zone is beside the CNAME on line 7: a name with a CNAME can have no other data (RFC 1034 §3.6.2). Move this record to the CNAME's target, or replace the CNAME with the target's records. (in extra.zone:2:1)",
    );
    expect(r.messages[0]!.suggestions).toBeUndefined();
  });
});
