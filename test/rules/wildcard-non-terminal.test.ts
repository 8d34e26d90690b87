import { describe, expect, it } from 'vitest';
import { BASE, run } from './_helpers.js';

describe('wildcard-non-terminal', () => {
  it('accepts terminal wildcards', async () => {
    expect((await run('wildcard-non-terminal', BASE + '*.w A 192.0.2.1\nx.w A 192.0.2.2\n')).messages).toEqual([]);
  });
  it('reports a wildcard with names below it', async () => {
    const r = await run('wildcard-non-terminal', BASE + '*.w A 192.0.2.1\na.*.w A 192.0.2.2\n');
    expect(r.messages.map((m) => m.line)).toEqual([7, 8]);
    expect(r.covered(0)).toBe('*.w');
    expect(r.messages[0]!.message).toMatch(/^Wildcard \*\.w\.example\.com\. \(line 7\) has names below it/);
    expect(r.messages[1]!.message).toMatch(/^a\.\*\.w\.example\.com\. \(line 8\) has a "\*" label that is not the leftmost one/);
  });
});
