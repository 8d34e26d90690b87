import { describe, expect, test } from 'vitest';
import { lintText } from '../../src/lint/lint-text.js';
import { HEAD, ORIGIN, applySuggestion, ruleById, run, where, zone } from './kms-helpers.js';

const ID = 'vlmcs-port';
const TEXT = zone(...HEAD, '_vlmcs._tcp IN SRV 0 0 1688 kms01', '_vlmcs._tcp IN SRV 10 0 1700 kms02');

describe(ID, () => {
  test('a KMS record on another port than 1688', async () => {
    const messages = await run(TEXT, ID);
    expect(messages.map((m) => [m.ruleId, m.severity, where(m)])).toEqual([[ID, 1, '6:25-6:29']]);
    const m = messages[0]!;
    expect(m.message).toContain('KMS host kms02.corp.example. (line 6) is published in _vlmcs._tcp.corp.example. on port 1700, but KMS hosts listen on 1688 by default');
    expect(m.message).toContain('slmgr /sprt 1700');
    expect(m.message).toContain('dynamic update');
    expect(m.note).toBe('If the host listens on 1700 on purpose, set the rule option {"port": 1700}.');
    expect(m.suggestions!.map((s) => s.desc)).toEqual(['Set the port to 1688']);
    expect(applySuggestion(TEXT, m.suggestions![0]!)).toBe(TEXT.replace('10 0 1700 kms02', '10 0 1688 kms02'));
  });

  test('option port: that port is expected instead', async () => {
    const messages = await run(TEXT, ID, { options: { port: 1700 } });
    expect(messages.map(where)).toEqual(['5:24-5:28']);
    expect(messages[0]!.message).toContain('on port 1688, but the configured KMS port is 1700');
    expect(applySuggestion(TEXT, messages[0]!.suggestions![0]!)).toBe(TEXT.replace('0 0 1688 kms01', '0 0 1700 kms01'));
  });

  test('valid: port 1688, other services', async () => {
    expect(await run(zone(...HEAD, '_vlmcs._tcp IN SRV 0 0 1688 kms01', '_http._tcp IN SRV 0 0 80 www'), ID)).toEqual([]);
  });

  test('options are validated', async () => {
    const validate = ruleById(ID).meta.options!;
    expect(validate(undefined)).toEqual({ port: 1688 });
    expect(validate({ port: 1700 })).toEqual({ port: 1700 });
    expect(() => validate({ port: '1700' })).toThrow(/port must be an integer from 1 to 65535, got "1700"/);
    expect(() => validate({ port: 70000 })).toThrow(/port must be an integer/);
    expect(() => validate({ ports: [1] })).toThrow(/unknown option "ports"/);
    await expect(lintText(TEXT, { origin: ORIGIN, config: { rules: { [ID]: ['warn', { port: 0 }] } } })).rejects.toThrow(
      /invalid options for rule "vlmcs-port": port must be an integer/,
    );
  });
});
