import { describe, expect, it } from 'vitest';
import { BASE, apply, run } from './_helpers.js';

describe('spf-rrtype', () => {
  it('accepts SPF policies in TXT', async () => {
    expect((await run('spf-rrtype', BASE + '@ TXT "v=spf1 -all"\n')).messages).toEqual([]);
  });
  it('fixes type SPF to TXT', async () => {
    const text = BASE + '@ SPF "v=spf1 -all"\n';
    const r = await run('spf-rrtype', text);
    expect(r.messages).toHaveLength(1);
    expect(r.covered()).toBe('SPF');
    expect(r.messages[0]!.message).toMatch(/^SPF record for example\.com\. on line 7: type SPF is obsolete \(RFC 7208 §3\.1\)/);
    expect(apply(text, r.messages[0]!.fix)).toBe(BASE + '@ TXT "v=spf1 -all"\n');
  });
  it('deletes the SPF record when the same TXT exists', async () => {
    const text = BASE + '@ TXT "v=spf1 -all"\n@ SPF "v=spf1 -all"\n';
    const r = await run('spf-rrtype', text);
    expect(r.messages[0]!.message).toMatch(/already published as TXT on line 7/);
    expect(apply(text, r.messages[0]!.fix)).toBe(BASE + '@ TXT "v=spf1 -all"\n');
  });
});
