import { describe, expect, it } from 'vitest';
import { BASE, apply, run } from './_helpers.js';

describe('class-mismatch', () => {
  it('accepts one class', async () => {
    expect((await run('class-mismatch', BASE + 'www IN A 192.0.2.1\n')).messages).toEqual([]);
  });
  it('reports another class at the class token, suggesting the zone class', async () => {
    const text = BASE + 'version CH TXT "1.0"\n';
    const r = await run('class-mismatch', text);
    expect(r.messages).toHaveLength(1);
    expect(r.covered()).toBe('CH');
    expect(r.messages[0]!.message).toBe(
      'TXT record for version.example.com. on line 7 has class CH, but the zone\'s class is IN (SOA on line 2): a zone holds one class (BIND: "class != zone class").',
    );
    expect(apply(text, r.messages[0]!.suggestions![0]!.fix)).toBe(BASE + 'version IN TXT "1.0"\n');
  });
  it('reports records that inherit the other class', async () => {
    const r = await run('class-mismatch', BASE + 'a CH TXT "1"\nb TXT "2"\n');
    expect(r.messages).toHaveLength(2);
    expect(r.messages[1]!.message).toMatch(/has class CH \(inherited from the record before it\)/);
    expect(r.messages[1]!.suggestions).toBeUndefined();
  });
});
