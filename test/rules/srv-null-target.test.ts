import { describe, expect, test } from 'vitest';
import { HEAD, applySuggestion, run, where, zone } from './kms-helpers.js';

const ID = 'srv-null-target';

describe(ID, () => {
  test('"." beside hosts, and "." with non-zero fields', async () => {
    const text = zone(
      ...HEAD,
      '_imap._tcp IN SRV 0 0 0 .',
      '_imap._tcp IN SRV 10 0 143 mail',
      '_pop3._tcp IN SRV 10 0 110 .',
    );
    const messages = await run(text, ID);
    expect(messages.map((m) => [m.ruleId, m.severity, where(m)])).toEqual([
      [ID, 2, '5:25-5:26'],
      [ID, 2, '7:28-7:29'],
    ]);
    expect(messages[0]!.message).toBe(
      '_imap._tcp.corp.example. SRV record on line 5 has target "." ("service not available", RFC 2782), but the RRset also has mail.corp.example. (line 6), so the zone says both that the service exists and that it does not; clients may try "." or give up.',
    );
    expect(messages[0]!.suggestions!.map((s) => s.desc)).toEqual(['Delete the "." record (line 5) and keep the hosts']);
    expect(applySuggestion(text, messages[0]!.suggestions![0]!)).toBe(text.replace('_imap._tcp IN SRV 0 0 0 .\n', ''));
    expect(messages[1]!.message).toContain('priority, weight and port are 10 0 110, but a "service not available" record is written 0 0 0 .');
    expect(messages[1]!.suggestions!.map((s) => s.desc)).toEqual(['Set priority, weight and port to 0']);
    expect(applySuggestion(text, messages[1]!.suggestions![0]!)).toBe(text.replace('SRV 10 0 110 .', 'SRV 0 0 0 .'));
  });

  test('valid: "0 0 0 ." alone', async () => {
    expect(await run(zone(...HEAD, '_imap._tcp IN SRV 0 0 0 .', '_imaps._tcp IN SRV 0 1 993 mail'), ID)).toEqual([]);
  });
});
