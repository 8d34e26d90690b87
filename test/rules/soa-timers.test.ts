import { describe, expect, it } from 'vitest';
import { BASE, run } from './_helpers.js';

const zone = (timers: string) => `$TTL 3600\n@ SOA ns1 hostmaster 1 ${timers}\n@ NS ns1\n@ NS ns2\nns1 A 192.0.2.1\nns2 A 192.0.2.2\n`;

describe('soa-timers', () => {
  it('accepts sane timers', async () => {
    expect((await run('soa-timers', BASE)).messages).toEqual([]);
    expect((await run('soa-timers', zone('1d 2h 4w 1h'))).messages).toEqual([]);
  });
  it('reports retry >= refresh at the retry field', async () => {
    const r = await run('soa-timers', zone('3600 7200 1209600 3600'));
    expect(r.messages).toHaveLength(1);
    expect(r.covered()).toBe('7200');
    expect(r.line()).toBe(2);
    expect(r.messages[0]!.message).toMatch(/^SOA retry \(7200\) is not smaller than refresh \(3600\).* \(SOA on line 2\)\.$/);
  });
  it('reports expire <= refresh + retry and short expire', async () => {
    let r = await run('soa-timers', zone('7200 3600 9000 3600'));
    expect(r.messages.map((m) => m.message)).toEqual([expect.stringMatching(/^SOA expire \(9000\) is not larger than refresh \+ retry \(10800\)/)]);
    expect(r.covered()).toBe('9000');
    r = await run('soa-timers', zone('7200 3600 86400 3600'));
    expect(r.messages[0]!.message).toMatch(/^SOA expire \(86400\) is shorter than 604800 seconds/);
  });
  it('reports a long negative-caching TTL and zero timers', async () => {
    let r = await run('soa-timers', zone('7200 3600 1209600 2d'));
    expect(r.covered()).toBe('2d');
    expect(r.messages[0]!.message).toMatch(/^SOA minimum \(negative-caching TTL, 172800\) is longer than 86400 seconds/);
    r = await run('soa-timers', zone('0 3600 1209600 3600'));
    expect(r.messages).toHaveLength(1);
    expect(r.covered()).toBe('0');
    expect(r.messages[0]!.message).toMatch(/^SOA refresh is 0/);
  });
  it('takes the bounds as options', async () => {
    const r = await run('soa-timers', zone('7200 3600 86400 7200'), { options: { minExpire: '1d', maxMinimum: 3600 } });
    expect(r.messages.map((m) => m.message)).toEqual([expect.stringMatching(/^SOA minimum \(negative-caching TTL, 7200\) is longer than 3600/)]);
  });
});
