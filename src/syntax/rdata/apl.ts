// APL (RFC 3123): a list of `[!]afi:address/prefix` items. Value: AplItem[].
import { BAD, fail, label, show, type Kind } from './core.js';
import { formatIPv4, formatIPv6, parseIPv4Bytes, parseIPv6Bytes, parseUint } from './text.js';
import { WireError } from './wire.js';

export interface AplItem {
  negate: boolean;
  /** Address family: 1 IPv4, 2 IPv6. */
  family: number;
  prefix: number;
  /** Address text (IPv4 dotted quad / canonical IPv6). */
  address: string;
}

function addressBytes(item: AplItem): Uint8Array {
  return item.family === 1 ? parseIPv4Bytes(item.address)! : parseIPv6Bytes(item.address)!;
}

export const aplKind: Kind = {
  arity: 'rest',
  min: 0,
  parse(s, spec) {
    const out: AplItem[] = [];
    while (s.pos < s.tokens.length) {
      const t = s.tokens[s.pos++]!;
      let x = t.text;
      const negate = x.startsWith('!');
      if (negate) x = x.slice(1);
      const colon = x.indexOf(':');
      const slash = x.lastIndexOf('/');
      if (colon < 0 || slash < colon) {
        return fail(s, t, `${label(s, spec)} item must look like [!]1:192.0.2.0/24 or [!]2:2001:db8::/32; found ${show(t.text)}`);
      }
      const family = parseUint(x.slice(0, colon), 0xffff);
      if (family !== 1 && family !== 2) {
        return fail(s, t, `${label(s, spec)} address family must be 1 (IPv4) or 2 (IPv6); found ${show(x.slice(0, colon))}`);
      }
      const addrText = x.slice(colon + 1, slash);
      const bytes = family === 1 ? parseIPv4Bytes(addrText) : parseIPv6Bytes(addrText);
      if (!bytes) return fail(s, t, `invalid IPv${family === 1 ? 4 : 6} address ${show(addrText)} in ${label(s, spec)}`);
      const max = family === 1 ? 32 : 128;
      const prefix = parseUint(x.slice(slash + 1), max);
      if (prefix < 0) return fail(s, t, `${label(s, spec)} prefix length must be an integer 0-${max}; found ${show(x.slice(slash + 1))}`);
      out.push({ negate, family, prefix, address: family === 1 ? formatIPv4(bytes) : formatIPv6(bytes) });
    }
    return out;
  },
  toWire(w, v) {
    for (const item of v as AplItem[]) {
      const b = addressBytes(item);
      let n = b.length;
      while (n > 0 && b[n - 1] === 0) n--;
      w.u16(item.family);
      w.u8(item.prefix);
      w.u8((item.negate ? 0x80 : 0) | n);
      w.bytes(b.subarray(0, n));
    }
  },
  fromWire(r) {
    const out: AplItem[] = [];
    while (r.pos < r.end) {
      const family = r.u16('an APL item');
      const prefix = r.u8('an APL item');
      const nl = r.u8('an APL item');
      const n = nl & 0x7f;
      if (family !== 1 && family !== 2) throw new WireError(`APL address family ${family} is not supported`);
      const size = family === 1 ? 4 : 16;
      if (prefix > size * 8) throw new WireError(`APL prefix length ${prefix} is too long`);
      if (n > size) throw new WireError(`APL address of ${n} octets is too long`);
      const b = new Uint8Array(size);
      b.set(r.bytes(n, 'an APL address'));
      out.push({ negate: (nl & 0x80) !== 0, family, prefix, address: family === 1 ? formatIPv4(b) : formatIPv6(b) });
    }
    return out;
  },
  present(v) {
    return (v as AplItem[]).map((i) => `${i.negate ? '!' : ''}${i.family}:${i.address}/${i.prefix}`).join(' ');
  },
};

export { BAD };
