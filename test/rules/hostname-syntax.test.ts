import { describe, expect, it } from 'vitest';
import { BASE, run } from './_helpers.js';

describe('hostname-syntax', () => {
  it('accepts host names, wildcards and service labels where they belong', async () => {
    const ok = BASE + '*.w A 192.0.2.1\nmail-1 A 192.0.2.2\n@ MX 10 mail-1\n_dmarc TXT "v=DMARC1; p=none"\n_vlmcs._tcp SRV 0 0 1688 kms1\n@ MX 0 .\n';
    expect((await run('hostname-syntax', ok)).messages).toEqual([]);
  });
  it('reports a bad A owner at the owner', async () => {
    const r = await run('hostname-syntax', BASE + 'bad_host A 192.0.2.1\n');
    expect(r.messages).toHaveLength(1);
    expect(r.covered()).toBe('bad_host');
    expect(r.messages[0]!.message).toBe(
      'A record on line 7: owner bad_host.example.com. is not a valid host name: the label "bad_host" is not letters, digits and inner hyphens (RFC 952/1123). BIND refuses it with check-names fail ("bad owner name").',
    );
  });
  it('reports bad NS/MX/SRV targets at the target, and underscores in host positions', async () => {
    const r = await run('hostname-syntax', BASE + '@ MX 10 -mail\nsub NS _ns.example.net.\n_sip._tcp SRV 0 0 5060 sip.\\$.example.net.\n');
    expect(r.messages.map((m) => m.line)).toEqual([7, 8, 9]);
    expect(r.covered(0)).toBe('-mail');
    expect(r.messages[1]!.message).toMatch(/target _ns\.example\.net\. is not a valid host name: the label "_ns" starts with an underscore/);
  });
  it('checks PTR targets only in reverse zones', async () => {
    const rev = '$TTL 60\n@ SOA ns1.example. hm.example. 1 7200 3600 1209600 3600\n@ NS ns1.example.\n1 PTR !bad.example.\n';
    const r = await run('hostname-syntax', rev, { origin: '2.0.192.in-addr.arpa.' });
    expect(r.messages).toHaveLength(1);
    expect(r.covered()).toBe('!bad.example.');
    expect((await run('hostname-syntax', BASE + 'x PTR !bad.example.\n')).messages).toEqual([]);
  });
});

describe('hostname-syntax and DNS-SD', () => {
  it('exempts DNS-SD domain enumeration PTRs in reverse zones (RFC 6763 §11), as BIND does', async () => {
    const head = '$TTL 60\n@ SOA ns1.example. hm.example. 1 7200 3600 1209600 3600\n@ NS ns1.example.\n';
    const ok = head + 'b._dns-sd._udp PTR !@#3.\nlb._dns-sd._udp PTR !@#3.\n';
    expect((await run('hostname-syntax', ok, { origin: '0.0.0.0.in-addr.arpa.' })).messages).toEqual([]);
    const bad = head + 'b._fail._udp PTR !@#3.\nlb._dns-sd._tcp PTR !@#3.\n';
    expect((await run('hostname-syntax', bad, { origin: '0.0.0.0.in-addr.arpa.' })).messages.map((m) => m.line)).toEqual([4, 5]);
  });
});

describe("hostname-syntax and BIND's owner exceptions", () => {
  it('accepts gc._msdcs.<forest> and SPF exists: targets (labels up to _spf), as BIND does', async () => {
    const ok = BASE + 'gc._msdcs A 192.0.2.5\n%{i}._spf A 127.0.0.2\nx.y._spf AAAA ::2\n';
    expect((await run('hostname-syntax', ok)).messages).toEqual([]);
    const r = await run('hostname-syntax', BASE + 'gc._msdcs.bad_forest A 192.0.2.5\n_spf.x_y A 127.0.0.2\n');
    expect(r.messages.map((m) => m.line)).toEqual([7, 8]);
  });
});
