import { describe, expect, it } from 'vitest';
import { BASE, run } from './_helpers.js';

describe('glue-missing', () => {
  it('accepts glue, out-of-zone targets, sibling delegations and wildcard glue', async () => {
    expect((await run('glue-missing', BASE)).messages).toEqual([]);
    const ok = BASE + 'd NS ns1.d\nns1.d A 192.0.2.9\nx NS d\ny NS ns.example.net.\nabc NS a.ns.abc\n*.ns.abc AAAA ::1\n@ NS ns.d\n';
    expect((await run('glue-missing', ok)).messages).toEqual([]);
  });
  it('reports a delegation without glue at the NS target', async () => {
    const r = await run('glue-missing', BASE + 'deleg NS ns1.deleg\n');
    expect(r.messages).toHaveLength(1);
    expect(r.line()).toBe(7);
    expect(r.covered()).toBe('ns1.deleg');
    expect(r.messages[0]!.message).toMatch(
      /^Missing glue: the delegation of deleg\.example\.com\. \(NS on line 7\) names ns1\.deleg\.example\.com\., inside the delegated zone/,
    );
  });
  it('reports an in-zone apex NS target without addresses', async () => {
    const r = await run('glue-missing', BASE + '@ NS ns3\n');
    expect(r.messages).toHaveLength(1);
    expect(r.covered()).toBe('ns3');
    expect(r.messages[0]!.message).toMatch(/^NS target ns3\.example\.com\. \(on line 7\) is in this zone but has no A or AAAA record/);
  });
  it('reports an NS target below a DNAME', async () => {
    const r = await run('glue-missing', BASE + '@ NS ns.alias\nalias DNAME example.net.\n');
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]!.message).toMatch(/^NS ns\.alias\.example\.com\. \(on line 7\) is below the DNAME at alias\.example\.com\. \(line 8\)/);
  });
});

describe('glue-missing, more cases', () => {
  it('reports a delegation to an in-zone sibling without addresses (as Knot does)', async () => {
    const r = await run('glue-missing', BASE + 'deleg NS dns3\n');
    expect(r.messages).toHaveLength(1);
    expect(r.covered()).toBe('dns3');
    expect(r.messages[0]!.message).toMatch(/^The delegation of deleg\.example\.com\. \(NS on line 7\) names dns3\.example\.com\., which is in this zone but has no A or AAAA record/);
  });
  it('does not report delegations below a DNAME or to servers below a DNAME', async () => {
    expect((await run('glue-missing', BASE + 'sub NS ns.alias\nalias DNAME example.net.\nx.alias NS ns1.x.alias\n')).messages).toEqual([]);
  });
  it('leaves CNAME targets to target-cname', async () => {
    expect((await run('glue-missing', BASE + '@ NS alias\nalias CNAME ns1\n')).messages).toEqual([]);
  });
  it('NS records outside the zone are no delegations of it (out-of-zone reports them)', async () => {
    // `.` and `com.` own NS in example.com., with in-zone targets that have no addresses.
    const text = BASE + '. NS nsx.example.com.\ncom. NS nsy.example.com.\nsub NS nsz.example.com.\n';
    const r = await run('glue-missing', text);
    // Only the in-zone delegation is checked.
    expect(r.messages.map((m) => m.message.slice(0, 45))).toEqual(['The delegation of sub.example.com. (NS on lin']);
  });
});
