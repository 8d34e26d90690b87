import { describe, expect, test } from 'vitest';
import { HEAD, fix, rrs, run, where, zone } from './kms-helpers.js';

const ID = 'no-duplicate-records';

describe(ID, () => {
  test('identical RRs of any type (relative vs absolute names, name case, TTL ignored): fix deletes later copies', async () => {
    const text = zone(
      ...HEAD,
      'ns1 IN A 192.0.2.1',
      'www IN A 192.0.2.80',
      'www 300 IN A 192.0.2.80 ; shorter TTL',
      '@ IN MX 10 mail',
      '@ IN MX 10 MAIL.corp.example.',
      'mail IN A 192.0.2.25',
    );
    const messages = await run(text, ID);
    expect(messages.map((m) => [m.ruleId, m.severity, where(m)])).toEqual([
      [ID, 2, '7:1-7:24'],
      [ID, 2, '9:1-9:30'],
    ]);
    expect(messages[0]!.message).toBe(
      'Duplicate A record for www.corp.example. on line 7: identical to the record on line 6 (TTL 300 here, 3600 there: the RRset keeps one TTL). DNS keeps one copy of an RR; delete this one.',
    );
    expect(messages[1]!.message).toBe(
      'Duplicate MX record for corp.example. on line 9: identical to the record on line 8. DNS keeps one copy of an RR; delete this one.',
    );
    const { output } = await fix(text, ID);
    expect(output).toBe(zone(...HEAD, 'ns1 IN A 192.0.2.1', 'www IN A 192.0.2.80', '@ IN MX 10 mail', 'mail IN A 192.0.2.25'));
  });

  test('a deleted line whose owner the next line inherits gives its owner to that line', async () => {
    const text = zone(...HEAD, 'www IN A 192.0.2.80', 'www IN A 192.0.2.80', '    IN A 192.0.2.81', 'www IN A 192.0.2.80', '    IN A 192.0.2.81');
    const { output } = await fix(text, ID);
    expect(output).toBe(zone(...HEAD, 'www IN A 192.0.2.80', 'www    IN A 192.0.2.81'));
    expect(rrs(output)).toEqual([...new Set(rrs(text))].sort());
  });

  test('consecutive copies with blank owners are deleted over two passes without breaking the next record', async () => {
    const text = zone(...HEAD, 'www IN A 192.0.2.80', 'www IN A 192.0.2.80', '    IN A 192.0.2.80', 'mail IN A 192.0.2.25');
    const { output, passes } = await fix(text, ID);
    expect(output).toBe(zone(...HEAD, 'www IN A 192.0.2.80', 'mail IN A 192.0.2.25'));
    expect(passes).toBe(2);
  });

  test('no fix when the next record takes this record\'s TTL (no $TTL)', async () => {
    const text = zone(
      '$ORIGIN corp.example.',
      '@ 3600 IN SOA ns1 hostmaster 1 900 600 1209600 300',
      '  3600 IN NS ns1',
      'www 600 IN A 192.0.2.80',
      'www 600 IN A 192.0.2.80',
      'ftp IN A 192.0.2.21',
    );
    const messages = await run(text, ID);
    expect(messages.map(where)).toEqual(['5:1-5:24']);
    expect(messages[0]!.fix).toBeUndefined();
  });

  test('valid: different rdata, classes or owners; _vlmcs._tcp is vlmcs-duplicate\'s', async () => {
    const text = zone(
      ...HEAD,
      'www IN A 192.0.2.80',
      'www IN A 192.0.2.81',
      'ftp IN A 192.0.2.80',
      '_vlmcs._tcp IN SRV 0 0 1688 kms01',
      '_vlmcs._tcp IN SRV 0 0 1688 kms01',
    );
    expect(await run(text, ID)).toEqual([]);
  });
});

describe('zone transfer dumps', () => {
  test('accept the copy of the SOA that ends an AXFR dump, but not a copy elsewhere', async () => {
    const { lintText } = await import('../../src/lint/lint-text.js');
    const soa = 'example. 3600 IN SOA ns1.example. h.example. 1 7200 3600 1209600 300\n';
    const body = 'example. 3600 IN NS ns1.example.\nns1.example. 3600 IN A 192.0.2.1\n';
    const config = { rules: { 'no-duplicate-records': 'error' as const } };
    expect((await lintText(soa + body + soa, { origin: 'example.', config })).messages).toEqual([]);
    const mid = await lintText(soa + soa + body, { origin: 'example.', config });
    expect(mid.messages.map((m) => [m.ruleId, m.line])).toEqual([['no-duplicate-records', 2]]);
  });
});
