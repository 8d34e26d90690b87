import { describe, expect, test } from 'vitest';
import { HEAD, applySuggestion, fix, run, where, zone } from './kms-helpers.js';

const ID = 'missing-trailing-dot';

describe(ID, () => {
  test('relative names that end with the origin, in rdata and owners; suggestion adds the dot', async () => {
    const text = zone(
      '$ORIGIN corp.example.',
      '$TTL 3600',
      '@ IN SOA ns1.corp.example. hostmaster.corp.example 1 900 600 1209600 300',
      '  IN NS ns1',
      '_vlmcs._tcp IN SRV 0 0 1688 kms01.corp.example',
      'www.corp.example IN A 192.0.2.80',
      'ns1 IN A 192.0.2.1',
    );
    const messages = await run(text, ID);
    expect(messages.map((m) => [m.ruleId, m.severity, where(m)])).toEqual([
      [ID, 1, '3:28-3:51'],
      [ID, 1, '5:29-5:47'],
      [ID, 1, '6:1-6:17'],
    ]);
    expect(messages[0]!.message).toBe(
      'SOA rname hostmaster.corp.example (line 3) has no trailing dot, so it is relative to the origin corp.example. and means hostmaster.corp.example.corp.example.. If you meant hostmaster.corp.example., add the trailing dot.',
    );
    expect(messages[1]!.message).toContain('SRV target kms01.corp.example (line 5)');
    expect(messages[1]!.message).toContain('means kms01.corp.example.corp.example.');
    expect(messages[2]!.message).toContain('Owner www.corp.example (line 6)');
    expect(messages.every((m) => m.fix === undefined)).toBe(true);
    expect(messages[1]!.suggestions!.map((s) => s.desc)).toEqual(['Add the trailing dot: kms01.corp.example.']);
    expect(applySuggestion(text, messages[1]!.suggestions![0]!)).toBe(text.replace('1688 kms01.corp.example\n', '1688 kms01.corp.example.\n'));
    expect(applySuggestion(text, messages[2]!.suggestions![0]!)).toBe(text.replace('www.corp.example IN', 'www.corp.example. IN'));
    // Not a safe fix: --fix leaves the text alone.
    expect((await fix(text, ID)).output).toBe(text);
  });

  test('valid: absolute names, short relative names, @, names that only resemble the origin', async () => {
    const text = zone(
      ...HEAD,
      'ns1 IN A 192.0.2.1',
      'www IN CNAME www.corp.example.',
      'ftp IN CNAME @',
      'lab IN CNAME host.example',
      'x.corp IN A 192.0.2.3',
    );
    expect(await run(text, ID)).toEqual([]);
  });
});

test('missing-trailing-dot: the origin in effect after $ORIGIN counts, and escaped names are handled', async () => {
  const text = zone(
    ...HEAD,
    'ns1 IN A 192.0.2.1',
    '$ORIGIN sub.corp.example.',
    'www IN CNAME host.sub.corp.example',
    'a\\.b IN CNAME x\\.y.SUB.corp.example',
    'c IN CNAME sub.corp.example',
    'd IN CNAME corp.example',
  );
  const messages = await run(text, 'missing-trailing-dot');
  expect(messages.map((m) => `${where(m)} ${m.message.split(' has no trailing dot')[0]}`)).toEqual([
    '7:14-7:35 CNAME target host.sub.corp.example (line 7)',
    '8:15-8:36 CNAME target x\\.y.SUB.corp.example (line 8)',
    '9:12-9:28 CNAME target sub.corp.example (line 9)',
  ]);
  expect(messages[0]!.message).toContain('relative to the origin sub.corp.example. and means host.sub.corp.example.sub.corp.example.');
});

test('origin labels written with \\DDD escapes are compared decoded', async () => {
  const text = zone(
    ...HEAD,
    'ns1 IN A 192.0.2.1',
    'www.corp.\\101xample IN A 192.0.2.9',
    'mail.corp.exampl\\101 IN A 192.0.2.10',
    'web.corp.\\101xamplf IN A 192.0.2.11',
  );
  const messages = await run(text, 'missing-trailing-dot');
  expect(messages.map((m) => where(m))).toEqual(['6:1-6:20', '7:1-7:21']);
  expect(messages[0]!.message).toContain('relative to the origin corp.example. and means www.corp.example.corp.example.');
});
