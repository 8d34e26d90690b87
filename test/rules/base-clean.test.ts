import { describe, expect, it } from 'vitest';
import { BASE, preset } from './_helpers.js';

const MINE = [
  'soa-missing', 'soa-multiple', 'soa-not-at-apex', 'soa-timers', 'soa-serial', 'apex-ns-missing', 'ns-count',
  'glue-missing', 'occluded-data', 'cname-and-other-data', 'cname-multiple', 'cname-at-apex', 'cname-loop',
  'cname-chain', 'dname-multiple', 'dname-descendants', 'rrset-ttl-mismatch', 'out-of-zone', 'class-mismatch',
  'hostname-syntax', 'null-mx', 'spf-rrtype', 'ttl-range', 'ttl-max', 'missing-default-ttl',
  'wildcard-non-terminal', 'duplicate-case-variant', 'ds-at-apex', 'deprecated-dnssec-algorithm',
];

describe('the base zone of the rule tests', () => {
  it('is clean under zonelint:all for every integrity rule', async () => {
    const messages = await preset(BASE, 'zonelint:all');
    expect(messages.filter((m) => m.ruleId && MINE.includes(m.ruleId))).toEqual([]);
    expect(messages.filter((m) => m.ruleId === 'syntax')).toEqual([]);
  });
});
