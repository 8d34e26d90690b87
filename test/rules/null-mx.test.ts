import { describe, expect, it } from 'vitest';
import { BASE, apply, run } from './_helpers.js';

describe('null-mx', () => {
  it('accepts a proper null MX and ordinary MX', async () => {
    expect((await run('null-mx', BASE + '@ MX 0 .\nwww MX 10 ns1\n')).messages).toEqual([]);
  });
  it('fixes the preference of a null MX', async () => {
    const text = BASE + '@ MX 10 .\n';
    const r = await run('null-mx', text);
    expect(r.messages).toHaveLength(1);
    expect(r.covered()).toBe('10');
    expect(r.messages[0]!.message).toBe('Null MX for example.com. on line 7 has preference 10: RFC 7505 §3 requires preference 0 for the "no mail" MX record.');
    expect(apply(text, r.messages[0]!.fix)).toBe(BASE + '@ MX 0 .\n');
  });
  it('reports other MX records beside a null MX', async () => {
    const text = BASE + '@ MX 0 .\n@ MX 10 ns1\n';
    const r = await run('null-mx', text);
    expect(r.messages).toHaveLength(1);
    expect(r.line()).toBe(8);
    expect(r.messages[0]!.message).toMatch(/^MX record for example\.com\. on line 8 is beside the null MX on line 7/);
    expect(apply(text, r.messages[0]!.suggestions![0]!.fix)).toBe(BASE + '@ MX 0 .\n');
  });
});
