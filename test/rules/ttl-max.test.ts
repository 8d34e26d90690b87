import { describe, expect, it } from 'vitest';
import { BASE, ruleById, run } from './_helpers.js';

describe('ttl-max', () => {
  it('is off by default', () => {
    expect(ruleById('ttl-max').meta.severity).toBe('off');
  });
  it('accepts TTLs up to the maximum (default one week)', async () => {
    expect((await run('ttl-max', BASE + 'www 1w A 192.0.2.1\n')).messages).toEqual([]);
  });
  it('reports TTLs above the maximum', async () => {
    const r = await run('ttl-max', BASE + 'www 8d A 192.0.2.1\n');
    expect(r.covered()).toBe('8d');
    expect(r.messages[0]!.message).toBe(
      'A record for www.example.com. on line 7: TTL 691200 exceeds the configured maximum of 604800 seconds (ttl-max; BIND: max-zone-ttl).',
    );
  });
  it('takes the maximum as an option, as a number or a duration', async () => {
    let r = await run('ttl-max', BASE, { options: { max: 300 } });
    expect(r.messages).toHaveLength(1);
    expect(r.line()).toBe(2);
    expect(r.messages[0]!.message).toMatch(/from the \$TTL on line 1, which exceeds the configured maximum of 300 seconds/);
    r = await run('ttl-max', BASE, { options: { max: '1h' } });
    expect(r.messages).toEqual([]);
    await expect(run('ttl-max', BASE, { options: { max: 'soon' } })).rejects.toThrow(/ttl-max: option "max"/);
  });
});
