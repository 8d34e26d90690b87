import { describe, expect, it } from 'vitest';
import { BASE, run } from './_helpers.js';

const KEY = 'AwEAAagAIKlVZrpC6Ia7gEzahOR+9W29euxhJhVVLOyQbSEW0O8gcCjFFVQUTf6v58fLjwBd0YI0EzrAcQqBGCzh/RStIoO8g0NfnfL2MTJRkxoXbfDaUeVPQuYEhg37NZWAJQ9VnMVDxP/VHL496M/QZxkjf5/Efucp2gaDX6RS6CXpoY68LsvPVjR0ZSwzz1apAzvN9dlzEheX7ICJBBtuA6G3LQpzW5hOA2hzCTMjJPJ8LbqF6dsV6DoBQzgul0sGIcGOYl7OyQdXfZ57relSQageu+ipAdTTJ25AsRTAoub8ONGcLmqrAmRLKBP1dfwhYB4N7knNnulq QxA+Uk1ihz0=';

describe('deprecated-dnssec-algorithm', () => {
  it('accepts modern algorithms and digests', async () => {
    const ok = BASE + `@ DNSKEY 257 3 8 ${KEY}\nsub NS ns.example.net.\nsub DS 60485 13 2 2BB183AF5F22588179A53B0A98631FAD1A292118ABCDEF0123456789ABCDEF01\n`;
    expect((await run('deprecated-dnssec-algorithm', ok)).messages).toEqual([]);
  });
  it('reports RSASHA1 keys at the algorithm field', async () => {
    const r = await run('deprecated-dnssec-algorithm', BASE + `@ DNSKEY 257 3 5 ${KEY}\n`);
    expect(r.messages).toHaveLength(1);
    expect(r.covered()).toBe('5');
    expect(r.messages[0]!.message).toMatch(/^DNSKEY record for example\.com\. on line 7 uses algorithm 5, RSASHA1 \(NOT RECOMMENDED, RFC 8624\)/);
  });
  it('reports SHA-1 DS digests and mnemonics', async () => {
    const r = await run('deprecated-dnssec-algorithm', BASE + 'sub NS ns.example.net.\nsub DS 60485 RSAMD5 1 2BB183AF5F22588179A53B0A98631FAD1A292118\n');
    expect(r.messages.map((m) => r.text.slice(0, 0) + m.message.slice(0, 60))).toHaveLength(2);
    expect(r.messages[0]!.message).toMatch(/uses algorithm 1, RSAMD5/);
    expect(r.messages[1]!.message).toMatch(/uses digest type 1, SHA-1/);
    expect(r.covered(1)).toBe('1');
  });
});
