// The text helpers under the kinds: numbers, durations, character-strings, base64/hex/base32hex, addresses.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeBase32Hex,
  decodeBase64,
  decodeHex,
  decodeString,
  encodeBase32Hex,
  encodeBase64,
  encodeHex,
  formatIPv6,
  isIPv4,
  parseDuration,
  parseIPv6Bytes,
  parseUint,
  presentStringBytes,
  chunk,
} from '../../src/syntax/rdata/text.js';

describe('parseUint', () => {
  it('accepts decimal digits up to the maximum', () => {
    expect(parseUint('0', 255)).toBe(0);
    expect(parseUint('255', 255)).toBe(255);
    expect(parseUint('0010', 255)).toBe(10);
    expect(parseUint('4294967295', 0xffffffff)).toBe(4294967295);
  });
  it('rejects everything else', () => {
    for (const t of ['', '256', '-1', '+1', '1.0', '0x10', '1e3', ' 1', '12345678901234567']) expect(parseUint(t, 255)).toBe(-1);
  });
});

describe('parseDuration (SOA timers, as BIND dns_ttl_fromtext)', () => {
  it('reads numbers and unit groups', () => {
    expect(parseDuration('3600')).toBe(3600);
    expect(parseDuration('1h')).toBe(3600);
    expect(parseDuration('1H30M')).toBe(5400);
    expect(parseDuration('2w')).toBe(1209600);
    expect(parseDuration('1d2h3m4s')).toBe(93784);
    expect(parseDuration('4294967295')).toBe(4294967295);
  });
  it('rejects bad or overflowing durations', () => {
    for (const t of ['', 'h', '1x', '1h30', '4294967296', '7102w', '-1']) expect(parseDuration(t)).toBe(-1);
  });
});

describe('character-strings', () => {
  it('decodes \\X and \\DDD escapes', () => {
    expect(decodeString('a\\032b')).toEqual(Uint8Array.from([97, 32, 98]));
    expect(decodeString('\\"\\\\')).toEqual(Uint8Array.from([34, 92]));
    expect(decodeString('\u00e9')).toEqual(Uint8Array.from([0xc3, 0xa9]));
  });
  it('reports bad escapes', () => {
    expect(decodeString('a\\')).toBe('a backslash at the end escapes nothing');
    expect(decodeString('\\01')).toBe('a \\DDD escape needs exactly three decimal digits');
    expect(decodeString('\\256')).toBe('\\256 is not a byte value (0-255)');
  });
  it('presents like BIND (quotes and backslashes escaped, others as \\DDD)', () => {
    expect(presentStringBytes(Uint8Array.from([97, 32, 34, 92, 59, 10, 200]))).toBe('a \\"\\\\;\\010\\200');
    expect(presentStringBytes(Uint8Array.from([97, 32]), true)).toBe('a\\032');
  });
  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        expect(decodeString(presentStringBytes(b))).toEqual(b);
      }),
    );
  });
});

describe('base64', () => {
  it('decodes across tokens', () => {
    expect(decodeBase64(['Zm9v', 'YmE='])).toEqual(new TextEncoder().encode('fooba'));
    expect(decodeBase64(['AA', '=='])).toEqual(Uint8Array.from([0]));
  });
  it('rejects bad text', () => {
    expect(decodeBase64(['Zm9'])).toBe('base64 text of 3 characters is not a multiple of 4');
    expect(decodeBase64(['Zm8=Zm8='])).toBe('misplaced "=" padding in base64');
    expect(decodeBase64(['Zm9*'])).toBe('invalid base64 character "*"');
    expect(decodeBase64(['===='])).toBe('misplaced "=" padding in base64');
  });
  it('round-trips', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 100 }), (b) => {
      expect(decodeBase64([encodeBase64(b)])).toEqual(b);
    }));
  });
  it('chunks like BIND (56 characters)', () => {
    expect(chunk('a'.repeat(120))).toBe('a'.repeat(56) + ' ' + 'a'.repeat(56) + ' ' + 'a'.repeat(8));
  });
});

describe('hex and base32hex', () => {
  it('hex', () => {
    expect(decodeHex(['0a', 'Bc'])).toEqual(Uint8Array.from([10, 188]));
    expect(decodeHex(['0', 'a'])).toEqual(Uint8Array.from([10]));
    expect(decodeHex(['abc'])).toBe('hex has an odd number of digits (3)');
    expect(decodeHex(['zz'])).toBe('invalid hex digit "z"');
    expect(encodeHex(Uint8Array.from([171, 1]))).toBe('AB01');
  });
  it('base32hex round-trips and rejects padding and bad lengths', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 1, maxLength: 40 }), (b) => {
      expect(decodeBase32Hex(encodeBase32Hex(b))).toEqual(b);
    }));
    expect(encodeBase32Hex(Uint8Array.from([0x66, 0x6f]))).toBe('CPNG');
    expect(decodeBase32Hex('CPNG====')).toBe('base32hex padding "=" is not allowed here');
    expect(decodeBase32Hex('CPN')).toBe('base32hex text of 3 characters is not a valid length');
    expect(decodeBase32Hex('W0')).toBe('invalid base32hex character "W"');
  });
});

describe('IP addresses', () => {
  it('IPv4 is a strict dotted quad', () => {
    for (const ok of ['0.0.0.0', '255.255.255.255', '192.0.2.1', '10.0.0.10']) expect(isIPv4(ok)).toBe(true);
    for (const bad of ['01.2.3.4', '1.2.3', '1.2.3.4.5', '256.1.1.1', '1..2.3', '1.2.3.4 ', 'a.b.c.d', '1.2.3.', '0x1.2.3.4', '']) {
      expect(isIPv4(bad), bad).toBe(false);
    }
  });
  it('IPv6 parses RFC 4291 text', () => {
    const ok: [string, string][] = [
      ['::', '::'],
      ['::1', '::1'],
      ['1::', '1::'],
      ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
      ['2001:db8::1:0:0:1', '2001:db8::1:0:0:1'],
      ['1:0:0:2:0:0:0:3', '1:0:0:2::3'],
      ['::ffff:192.0.2.1', '::ffff:192.0.2.1'],
      ['::192.0.2.1', '::192.0.2.1'],
      ['1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:102:304'],
      ['0:0:0:0:0:0:0:1', '::1'],
      ['1:2:3:4:5:6:7::', '1:2:3:4:5:6:7:0'],
      ['::2:3:4:5:6:7:8', '0:2:3:4:5:6:7:8'],
    ];
    for (const [t, want] of ok) {
      const b = parseIPv6Bytes(t);
      expect(b, t).toBeDefined();
      expect(formatIPv6(b!)).toBe(want);
    }
    for (const bad of [':', ':::', '1:::2', '1::2::3', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', '12345::', ':1::', '1::2:', '::1.2.3', '1.2.3.4::', '::01.2.3.4', 'g::', '1:2:3:4:5:6:7:8::', '::1:2:3:4:5:6:7:8']) {
      expect(parseIPv6Bytes(bad), bad).toBeUndefined();
    }
  });
  it('IPv6 formatting round-trips', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0, 0, 0, 1, 0xffff, 0x1234), { minLength: 8, maxLength: 8 }), (words) => {
        const b = new Uint8Array(16);
        words.forEach((w, i) => {
          b[2 * i] = w >> 8;
          b[2 * i + 1] = w & 0xff;
        });
        expect(parseIPv6Bytes(formatIPv6(b))).toEqual(b);
      }),
    );
  });
});
