import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseZone } from '../../src/syntax/parser.js';
import { createIncludeReader } from '../../src/syntax/include.js';
import { dumpZone } from '../../src/syntax/dump.js';
import type { RecordNode, ZoneRoot } from '../../src/syntax/types.js';

function records(tree: ZoneRoot): RecordNode[] {
  return tree.children.filter((c): c is RecordNode => c.type === 'record');
}

function errorsAt(tree: ZoneRoot): string[] {
  return tree.errors.map((e) => {
    const p = e.source.point(e.start);
    const q = e.source.point(e.end);
    return `${p.line}:${p.column}-${q.line}:${q.column} ${e.message}`;
  });
}

const SOA = '@ 3600 IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n';

describe('records', () => {
  it('resolves owners, @, blank owners, TTL and class in either order', () => {
    const tree = parseZone(
      '$TTL 1h\n' + SOA + '  IN NS ns1\nwww 300 IN A 192.0.2.1\nmail IN 60 A 192.0.2.2\n\tAAAA 2001:db8::1\nFoo.example.org. A 192.0.2.3\n',
      { origin: 'example.com' },
    );
    expect(tree.errors).toEqual([]);
    const rs = records(tree);
    expect(rs.map((r) => [r.owner, r.ttl, r.class, r.rrtype])).toEqual([
      ['example.com.', 3600, 'IN', 'SOA'],
      ['example.com.', 3600, 'IN', 'NS'],
      ['www.example.com.', 300, 'IN', 'A'],
      ['mail.example.com.', 60, 'IN', 'A'],
      ['mail.example.com.', 3600, 'IN', 'AAAA'],
      ['Foo.example.org.', 3600, 'IN', 'A'],
    ]);
    expect(rs[1]!.ownerStart).toBe(-1);
    expect(rs[4]!.ttlSource).toBe('$TTL');
  });

  it('gives exact unist positions for records and rdata fields', () => {
    const text = '$ORIGIN example.com.\n$TTL 60\nwww  IN  A   192.0.2.1 ; web\n';
    const tree = parseZone(text);
    const [www] = records(tree);
    expect(www!.position).toEqual({
      start: { line: 3, column: 1, offset: 29 },
      end: { line: 3, column: 23, offset: 51 },
    });
    const f = www!.rdata[0]!;
    expect(text.slice(f.start, f.end)).toBe('192.0.2.1');
    expect(tree.source.point(f.start)).toEqual({ line: 3, column: 14, offset: 42 });
    const comment = tree.children.find((c) => c.type === 'comment')!;
    expect(comment.type === 'comment' && comment.value).toBe(' web');
  });

  it('reads parentheses across lines with comments inside', () => {
    const tree = parseZone(
      '$TTL 60\n@ IN SOA ns1.example.com. host.example.com. (\n  2024010101 ; serial\n  2h ; refresh\n  1h 2w 5m )\n',
      { origin: 'example.com.' },
    );
    expect(tree.errors).toEqual([]);
    const [soa] = records(tree);
    expect(soa!.rdata.map((f) => f.value)).toEqual([
      'ns1.example.com.',
      'host.example.com.',
      2024010101,
      7200,
      3600,
      1209600,
      300,
    ]);
    expect(soa!.position.end.line).toBe(5);
    expect(tree.children.filter((c) => c.type === 'comment')).toHaveLength(2);
  });

  it('keeps quoted strings with escapes and multi-string TXT', () => {
    const tree = parseZone('$TTL 60\ntxt TXT "a \\"quoted\\" word" "semi;colon" plain\n', { origin: 'example.' });
    expect(tree.errors).toEqual([]);
    expect(dumpZone(tree)).toBe('txt.example.\t60\tIN\tTXT\t"a \\"quoted\\" word" "semi;colon" "plain"\n');
  });

  it('handles escaped dots and decimal escapes in names', () => {
    const tree = parseZone('$TTL 60\nfirst\\.last A 192.0.2.1\ninclude\\050 A 192.0.2.2\n', { origin: 'example.' });
    expect(records(tree).map((r) => r.owner)).toEqual(['first\\.last.example.', 'include2.example.']);
  });

  it('accepts TTL units, classes and RFC 3597 types', () => {
    const tree = parseZone(
      'a 1w2d3h4m5s CLASS1 A 192.0.2.1\nb 1H CH TXT "x"\nc 5 IN TYPE1 \\# 4 C0000201\nd 5 IN TYPE65280 \\# 2 abcd\ne 5 HS TYPE65300 \\# 0\n',
      { origin: 'example.' },
    );
    expect(tree.errors).toEqual([]);
    const rs = records(tree);
    expect(rs.map((r) => [r.ttl, r.class, r.rrtype])).toEqual([
      [788645, 'IN', 'A'],
      [3600, 'CH', 'TXT'],
      [5, 'IN', 'A'],
      [5, 'IN', 'TYPE65280'],
      [5, 'HS', 'TYPE65300'],
    ]);
    expect(dumpZone(tree).split('\n')[2]).toBe('c.example.\t5\tIN\tA\t192.0.2.1');
  });

  it('rejects generic rdata whose length does not match', () => {
    const tree = parseZone('a 5 IN TYPE65280 \\# 3 abcd\n', { origin: 'example.' });
    expect(tree.errors).toHaveLength(1);
    expect(tree.errors[0]!.message).toMatch(/3/);
    expect(records(tree)).toHaveLength(0);
  });

  it('uses the SOA minimum when there is no $TTL, with a warning, as BIND does', () => {
    const tree = parseZone('@ IN SOA ns1 h 1 2 3 4 500\n  NS ns1\nns1 100 A 192.0.2.1\na A 192.0.2.2\n', { origin: 'example.' });
    expect(tree.errors).toEqual([]);
    expect(records(tree).map((r) => r.ttl)).toEqual([500, 500, 100, 500]);
    expect(tree.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/SOA minimum \(500\)/)]);
  });

  it('falls back to the previous explicit TTL (RFC 1035) and errors without any TTL', () => {
    const tree = parseZone('@ 300 IN SOA ns1 h 1 2 3 4 500\nns1 100 A 192.0.2.1\na A 192.0.2.2\n', { origin: 'example.' });
    expect(records(tree).map((r) => [r.ttl, r.ttlSource])).toEqual([
      [300, 'explicit'],
      [100, 'explicit'],
      [100, 'previous'],
    ]);
    const bad = parseZone('a A 192.0.2.1\n', { origin: 'example.' });
    expect(errorsAt(bad)).toEqual([expect.stringMatching(/^1:1-1:4 no TTL specified/)]);
  });

  it('follows $ORIGIN, relative to the current origin', () => {
    const tree = parseZone('$TTL 5\n$ORIGIN sub\na A 192.0.2.1\n$ORIGIN other.org.\nb CNAME a\n', { origin: 'example.com.' });
    expect(records(tree).map((r) => [r.owner, r.rdata[0]!.value])).toEqual([
      ['a.sub.example.com.', '192.0.2.1'],
      ['b.other.org.', 'a.other.org.'],
    ]);
  });
});

describe('errors', () => {
  it('reports each bad entry with its range and recovers at the next one', () => {
    const text = '$TTL 60\na A 192.0.2.256\nb A 192.0.2.1\nc BOGUS x\nd MX 70000 mail\ne A 192.0.2.2\n';
    const tree = parseZone(text, { origin: 'example.' });
    expect(errorsAt(tree)).toEqual([
      expect.stringMatching(/^2:5-2:16 .*192\.0\.2\.256/),
      expect.stringMatching(/^4:3-4:8 unknown RR type "BOGUS"/),
      expect.stringMatching(/^5:6-5:11 .*70000/),
    ]);
    expect(records(tree).map((r) => r.owner)).toEqual(['b.example.', 'e.example.']);
  });

  it('rejects a TTL ending in a bare number after units (1h30), as BIND does', () => {
    // named-checkzone 9.18: `x 1h30 NS @` -> "unknown RR type '1h30'"; `$TTL 1h1` -> "bad ttl".
    const tree = parseZone('$TTL 1h1\na 1h30 NS ns\nb 30s1 NS ns\nc 1h30m NS ns\n', { origin: 'e.' });
    expect(errorsAt(tree)).toEqual([
      expect.stringMatching(/^1:6-1:9 invalid TTL "1h1"/),
      expect.stringMatching(/^2:3-2:7 invalid TTL "1h30"/),
      expect.stringMatching(/^3:3-3:7 invalid TTL "30s1"/),
    ]);
    expect(records(tree).map((r) => [r.owner, r.ttl])).toEqual([['c.e.', 5400]]);
  });

  it('reads a quoted owner as a name but refuses quoted $ORIGIN, $TTL and $INCLUDE origin, as BIND does', () => {
    // named-compilezone 9.18: `"a b" A ...` -> a\032b.example.; `$ORIGIN "a"`, `$TTL "5"` -> "syntax error".
    const tree = parseZone('$TTL 60\n"a b" A 192.0.2.1\n"c.d" A 192.0.2.2\n$ORIGIN "x"\n$TTL "5"\n$INCLUDE f "y"\n', {
      origin: 'example.',
      readInclude: () => ({ text: '', path: 'f' }),
    });
    expect(records(tree).map((r) => r.owner)).toEqual(['a\\032b.example.', 'c.d.example.']);
    expect(errorsAt(tree)).toEqual([
      expect.stringMatching(/^4:9-4:12 invalid \$ORIGIN name "x": a domain name here cannot be a quoted string/),
      expect.stringMatching(/^5:6-5:9 \$TTL value cannot be a quoted string/),
      expect.stringMatching(/^6:12-6:15 invalid \$INCLUDE origin "y": a domain name here cannot be a quoted string/),
    ]);
  });

  it('reports unbalanced parentheses and unterminated quotes', () => {
    expect(errorsAt(parseZone('$TTL 5\na TXT ( "x"\n', { origin: 'e.' }))).toEqual([expect.stringMatching(/^2:7-2:8 unbalanced parentheses/)]);
    expect(errorsAt(parseZone('$TTL 5\na TXT "x )\nb A 192.0.2.1\n', { origin: 'e.' }))).toEqual([
      expect.stringMatching(/^2:7-2:11 unterminated quoted string/),
    ]);
    expect(errorsAt(parseZone('$TTL 5\na A 192.0.2.1 )\n', { origin: 'e.' }))).toEqual([expect.stringMatching(/^2:15-2:16 unbalanced/)]);
  });

  it('rejects over-long labels and names with the owner position', () => {
    const long = 'x'.repeat(64);
    const tree = parseZone(`$TTL 5\n${long} A 192.0.2.1\n`, { origin: 'e.' });
    expect(errorsAt(tree)).toEqual([expect.stringMatching(/^2:1-2:65 invalid owner name .*63/)]);
    const name = Array.from({ length: 130 }, () => 'ab').join('.') + '.';
    expect(parseZone(`$TTL 5\n${name} A 192.0.2.1\n`).errors[0]!.message).toMatch(/255/);
  });

  it('rejects character-strings over 255 octets', () => {
    const tree = parseZone(`$TTL 5\na TXT "${'x'.repeat(256)}"\n`, { origin: 'e.' });
    expect(tree.errors[0]!.message).toMatch(/255/);
  });

  it('reports unknown directives and a blank owner on the first record', () => {
    expect(errorsAt(parseZone('$FOO bar\n', {}))).toEqual([expect.stringMatching(/^1:1-1:5 unknown directive/)]);
    expect(errorsAt(parseZone('  A 192.0.2.1\n', {}))).toEqual([expect.stringMatching(/^1:3-1:4 this record has no owner/)]);
  });

  it('never throws on arbitrary garbage', () => {
    for (const text of ['(((((', ')))', '"', '\\', '$INCLUDE', '$GENERATE 1-2', '\u0000\u0001', '@ IN SOA (', '\ufeff; bom only', 'a\r\nb\r\n']) {
      expect(() => parseZone(text, { origin: 'e.' })).not.toThrow();
    }
  });
});

describe('$INCLUDE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zonelint-inc-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'hosts.inc'), 'host1 A 192.0.2.1\nhost2 A 192.0.2.2\n');
  writeFileSync(join(dir, 'loop-a.inc'), '$INCLUDE loop-b.inc\n');
  writeFileSync(join(dir, 'loop-b.inc'), '$INCLUDE loop-a.inc\n');
  symlinkSync(join(dir, 'self-link'), join(dir, 'self-link'));
  const reader = createIncludeReader({ root: dir });

  it('reads files relative to the including file, with an optional origin, then restores the origin', () => {
    const path = join(dir, 'example.zone');
    const tree = parseZone('$TTL 5\n$INCLUDE sub/hosts.inc lan\nafter A 192.0.2.9\n', { origin: 'example.', path, readInclude: reader });
    expect(tree.errors).toEqual([]);
    expect(records(tree).map((r) => r.owner)).toEqual(['host1.lan.example.', 'host2.lan.example.', 'after.example.']);
    const inc = records(tree)[0]!;
    expect(inc.source.path).toBe(join(dir, 'sub', 'hosts.inc'));
    expect(inc.includedBy?.name).toBe('$INCLUDE');
  });

  it('reports missing files, cycles, symlink loops and files outside the root', () => {
    const path = join(dir, 'example.zone');
    const missing = parseZone('$INCLUDE nope.inc\n', { origin: 'e.', path, readInclude: reader });
    expect(errorsAt(missing)).toEqual([expect.stringMatching(/^1:10-1:18 \$INCLUDE "nope.inc": file not found/)]);
    const loop = parseZone('$TTL 5\n$INCLUDE loop-a.inc\n', { origin: 'e.', path, readInclude: reader });
    expect(loop.errors.map((e) => e.message)).toEqual([expect.stringMatching(/\$INCLUDE cycle/)]);
    const link = parseZone('$INCLUDE self-link\n', { origin: 'e.', path, readInclude: reader });
    expect(link.errors[0]!.message).toMatch(/symbolic link loop/);
    const outside = parseZone('$INCLUDE /etc/passwd\n', { origin: 'e.', path, readInclude: reader });
    expect(outside.errors[0]!.message).toMatch(/outside the include root/);
    expect(outside.errors[0]!.message).not.toMatch(/root:/);
  });

  it('is an error without a reader', () => {
    expect(parseZone('$INCLUDE x\n').errors[0]!.message).toMatch(/not followed/);
  });

  it('unescapes the file name like a character-string (\\X, \\DDD as UTF-8 bytes) and reports bad escapes', () => {
    const asked: string[] = [];
    const spy = (target: string) => {
      asked.push(target);
      return { error: 'not read' };
    };
    parseZone('$INCLUDE a\\ b\\032c\\195\\169.inc\n$INCLUDE "q\\"r"\n', { origin: 'e.', readInclude: spy });
    expect(asked).toEqual(['a b c\u00e9.inc', 'q"r']);
    const bad = parseZone('$INCLUDE x\\1.inc\n', { origin: 'e.', readInclude: spy });
    expect(errorsAt(bad)).toEqual([expect.stringMatching(/^1:10-1:17 invalid \$INCLUDE file name "x\\1.inc": a \\DDD escape needs exactly three/)]);
    expect(asked).toHaveLength(2);
  });
});

describe('$GENERATE', () => {
  it('expands ranges with steps and ${offset,width,base} modifiers', () => {
    const tree = parseZone(
      '$TTL 60\n$GENERATE 1-3/2 host${0,3,x} A 10.0.0.$\n$GENERATE 8-9 $.r PTR h${-7}.\n$GENERATE 10-11 h${0,2,n}-\\$ 30 CNAME x\n',
      { origin: 'example.' },
    );
    expect(tree.errors).toEqual([]);
    expect(dumpZone(tree)).toBe(
      [
        'host001.example.\t60\tIN\tA\t10.0.0.1',
        'host003.example.\t60\tIN\tA\t10.0.0.3',
        '8.r.example.\t60\tIN\tPTR\th1.',
        '9.r.example.\t60\tIN\tPTR\th2.',
        'ha.-\\$.example.\t30\tIN\tCNAME\tx.example.',
        'hb.-\\$.example.\t30\tIN\tCNAME\tx.example.',
        '',
      ].join('\n'),
    );
  });

  it('reads one rhs token, a quoted rhs as rdata text, and no other quoted argument, as BIND does', () => {
    // named-compilezone 9.18: `MX "10 m$"` -> `10 m1.example.`; `TXT "a b"` -> "a" "b"; `TXT "\"a b\""` -> "a b";
    // `MX 10 m$` -> "unexpected end of input"; quoted range/lhs/ttl/class/type -> "syntax error".
    const ok = parseZone('$TTL 60\n$GENERATE 1-1 h$ MX "10 m$"\n$GENERATE 1-1 t$ TXT "a b"\n$GENERATE 1-1 u$ TXT "\\"a b\\""\n$GENERATE 1-1 v$ A "10.0.0.$"\n', {
      origin: 'example.',
    });
    expect(ok.errors).toEqual([]);
    expect(dumpZone(ok)).toBe(
      ['h1.example.\t60\tIN\tMX\t10 m1.example.', 't1.example.\t60\tIN\tTXT\t"a" "b"', 'u1.example.\t60\tIN\tTXT\t"a b"', 'v1.example.\t60\tIN\tA\t10.0.0.1', ''].join('\n'),
    );
    const bad = parseZone('$TTL 60\n$GENERATE 1-1 h$ MX 10 m$\n$GENERATE "1-1" h$ A 10.0.0.$\n$GENERATE 1-1 "h$" A 10.0.0.$\n$GENERATE 1-1 h$ "A" 10.0.0.$\n', {
      origin: 'example.',
    });
    expect(errorsAt(bad)).toEqual([
      expect.stringMatching(/^2:24-2:26 \$GENERATE takes one rhs token/),
      expect.stringMatching(/^3:11-3:16 \$GENERATE: only the rhs may be a quoted string/),
      expect.stringMatching(/^4:15-4:19 \$GENERATE: only the rhs may be a quoted string/),
      expect.stringMatching(/^5:18-5:21 \$GENERATE: only the rhs may be a quoted string/),
    ]);
    expect(records(bad)).toHaveLength(0);
  });

  it('bounds hostile ranges', () => {
    const tree = parseZone('$TTL 60\n$GENERATE 1-4294967295 $ A 10.0.0.1\n$GENERATE 0-2000000 $ A 10.0.0.1\n', { origin: 'e.' });
    expect(tree.errors.map((e) => e.message)).toEqual([expect.stringMatching(/out of bounds/), expect.stringMatching(/zonelint stops at/)]);
    expect(records(tree)).toHaveLength(0);
  });

  it('wraps a negative value around in unsigned 32-bit arithmetic, as BIND does, and refuses one above 2^31-1', () => {
    const wrapped = parseZone('$TTL 60\n$GENERATE 1-1 h${-2} A 10.0.0.1\n$GENERATE 1-1 x${-2,0,x} A 10.0.0.1\n', { origin: 'e.' });
    expect(wrapped.errors).toEqual([]);
    expect(records(wrapped).map((r) => r.owner)).toEqual(['h4294967295.e.', 'xffffffff.e.']);
    const big = parseZone('$TTL 60\n$GENERATE 1-1 h${2147483647} A 10.0.0.1\n', { origin: 'e.' });
    expect(big.errors.map((e) => e.message)).toEqual([expect.stringMatching(/value 2147483648 .* is out of range/)]);
  });
});

describe('Windows DNS dialect', () => {
  it('reads [AGE:n] on named and blank-owner lines', () => {
    const tree = parseZone(
      '@ IN SOA ns1 h 1 2 3 4 3600\r\n_vlmcs._tcp [AGE:3636591] 600 SRV 0 0 1688 kms1\r\n            [AGE:3636600] 600 SRV 0 0 1688 kms2\r\n',
      { origin: 'corp.example.' },
    );
    expect(tree.errors).toEqual([]);
    expect(records(tree).map((r) => r.age)).toEqual([undefined, 3636591, 3636600]);
  });
});

describe('zone origin', () => {
  it('a leading $ORIGIN names the zone when the origin was only guessed', () => {
    const text = '$ORIGIN example.com.\n$TTL 60\n@ SOA ns1 h 1 2 3 4 5\n';
    expect(parseZone(text, { origin: 'example.com.100.', originGuessed: true }).origin).toBe('example.com.');
    expect(parseZone(text, { origin: 'other.', originGuessed: false }).origin).toBe('other.');
    expect(parseZone('$TTL 60\n@ SOA ns1 h 1 2 3 4 5\n$ORIGIN sub.example.\n', { origin: 'example.', originGuessed: true }).origin).toBe('example.');
  });
});

describe('name helpers', () => {
  it('parentName drops the first label, honouring escaped dots', async () => {
    const { parentName } = await import('../../src/syntax/name.js');
    expect(parentName('a.b.c.')).toBe('b.c.');
    expect(parentName('a\\.b.c.')).toBe('c.');
    expect(parentName('a\\046b.c.')).toBe('c.');
    expect(parentName('x.')).toBe('.');
    expect(parentName('.')).toBeUndefined();
  });
});
