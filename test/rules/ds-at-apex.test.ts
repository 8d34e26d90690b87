import { describe, expect, it } from 'vitest';
import { BASE, apply, run } from './_helpers.js';

const DS = 'DS 40920 13 2 70959CF5D6A0A3F53BD0AE42DF4DA6ADE84DA066AE1F95F6B6B610DA53F6E86A';

describe('ds-at-apex', () => {
  it('accepts DS at a delegation', async () => {
    expect((await run('ds-at-apex', BASE + `sub NS ns.example.net.\nsub ${DS}\n`)).messages).toEqual([]);
  });
  it('reports DS at the apex with a deletion suggestion', async () => {
    const text = BASE + `@ ${DS}\n`;
    const r = await run('ds-at-apex', text);
    expect(r.messages).toHaveLength(1);
    expect(r.line()).toBe(7);
    expect(r.messages[0]!.message).toMatch(/^DS record at the zone apex example\.com\. \(line 7\): a DS record lives in the parent zone/);
    expect(apply(text, r.messages[0]!.suggestions![0]!.fix)).toBe(BASE);
  });
});
