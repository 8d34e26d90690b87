import { describe, expect, it } from 'vitest';
import { BASE, run } from './_helpers.js';

describe('duplicate-case-variant', () => {
  it('accepts distinct records and exact duplicates (no-duplicate-records)', async () => {
    expect((await run('duplicate-case-variant', BASE + 'www CNAME ns1\nx MX 10 a\nx MX 10 a\n')).messages).toEqual([]);
  });
  it('reports records that differ only in letter case', async () => {
    const r = await run('duplicate-case-variant', BASE + 'x MX 10 mail.example.net.\nx MX 10 MAIL.example.net.\nX A 192.0.2.1\nx A 192.0.2.1\n');
    expect(r.messages.map((m) => m.line)).toEqual([8, 10]);
    expect(r.messages[0]!.message).toMatch(/^MX record for x\.example\.com\. on line 8 differs from the record on line 7 only in letter case/);
  });
});
