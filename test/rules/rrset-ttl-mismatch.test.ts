import { describe, expect, it } from 'vitest';
import { BASE, apply, run } from './_helpers.js';

describe('rrset-ttl-mismatch', () => {
  it('accepts RRsets with one TTL, and RRSIGs of different covered types', async () => {
    expect((await run('rrset-ttl-mismatch', BASE + 'www 300 A 192.0.2.1\nwww 300 A 192.0.2.2\nwww 600 AAAA ::1\n')).messages).toEqual([]);
  });
  it('names every TTL and says which one BIND and Knot keep', async () => {
    const text = BASE + 'www 600 A 192.0.2.1\nwww 300 A 192.0.2.2\nwww A 192.0.2.3\n';
    const r = await run('rrset-ttl-mismatch', text);
    expect(r.messages).toHaveLength(1);
    expect(r.line()).toBe(8);
    expect(r.messages[0]!.message).toBe(
      'The A RRset of www.example.com. has records with different TTLs (line 7: 600, line 8: 300, line 9: 3600); an RRset has one TTL (RFC 2181 §5.2). BIND keeps the first (600), Knot the last (3600).',
    );
    const [first, lowest] = r.messages[0]!.suggestions!;
    expect(first!.desc).toBe('Use the first TTL (600) for every record');
    expect(apply(text, first!.fix)).toBe(BASE + 'www 600 A 192.0.2.1\nwww 600 A 192.0.2.2\nwww 600 A 192.0.2.3\n');
    expect(lowest!.desc).toBe('Use the lowest TTL (300) for every record');
    expect(apply(text, lowest!.fix)).toBe(BASE + 'www 300 A 192.0.2.1\nwww 300 A 192.0.2.2\nwww 300 A 192.0.2.3\n');
  });
  it('inserts the TTL before a written class', async () => {
    const text = BASE + 'www 600 IN A 192.0.2.1\nwww IN A 192.0.2.2\n';
    const r = await run('rrset-ttl-mismatch', text);
    expect(apply(text, r.messages[0]!.suggestions![0]!.fix)).toBe(BASE + 'www 600 IN A 192.0.2.1\nwww 600 IN A 192.0.2.2\n');
  });
});

describe('rrset-ttl-mismatch and RRSIG', () => {
  it('groups RRSIGs by covered type', async () => {
    const sig = (ttl: number, covered: string) => `www ${ttl} RRSIG ${covered} 13 3 ${ttl} 20300101000000 20200101000000 12345 example.com. dGVzdA==\n`;
    const ok = BASE + 'www 300 A 192.0.2.1\nwww 600 AAAA ::1\n' + sig(300, 'A') + sig(600, 'AAAA');
    expect((await run('rrset-ttl-mismatch', ok)).messages).toEqual([]);
    const r = await run('rrset-ttl-mismatch', ok + sig(900, 'A'));
    expect(r.messages).toHaveLength(1);
    expect(r.line()).toBe(11);
    expect(r.messages[0]!.message).toMatch(/^The RRSIG RRset of www\.example\.com\. has records with different TTLs \(line 9: 300, line 11: 900\)/);
  });
});
