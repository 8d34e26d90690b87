// The RR type table: one row per type, with its typed fields. A new type is a new row (plus, for a new field
// kind, an entry in kinds.ts). Field syntax: `name:kind`, `name:kind?` for an optional trailing field.
import type { FieldSpec, RRTypeDef } from './api.js';

/** Internal extension of RRTypeDef (the table's own rows). */
export interface TypeDef extends RRTypeDef {
  /** Known type whose rdata can only be written in RFC 3597 form (NULL, UINFO...). */
  genericOnly?: boolean;
  /** Meta/query type that never appears in a zone file. */
  meta?: boolean;
  /** Why BIND refuses the type in zone files (MD, MF). */
  refused?: string;
  /**
   * Microsoft-private type (WINS, WINS-R): typed in Windows DNS syntax, but with no standard presentation, so
   * `dump` prints it in RFC 3597 form (`TYPE65281 \# ...`), which BIND and dnspython also read and print.
   */
  microsoft?: boolean;
  /** Other mnemonics accepted for the type (WINS-R is also written WINSR). */
  aliases?: string[];
}

type Row = [name: string, code: number, fields: string, extra?: Partial<TypeDef>];

const DS_FIELDS = 'keytag:u16 algorithm:algorithm digesttype:digesttype digest:hex';
const DNSKEY_FIELDS = 'flags:u16 protocol:u8 algorithm:algorithm publickey:base64';
const RRSIG_FIELDS =
  'typecovered:type algorithm:algorithm labels:u8 originalttl:u32 expiration:time inception:time keytag:u16 signer:name signature:base64';
const TLSA_FIELDS = 'usage:u8 selector:u8 matchingtype:u8 data:hex';
const SVCB_FIELDS = 'priority:u16 target:name params:svcparams';

const ROWS: Row[] = [
  ['A', 1, 'address:ipv4'],
  ['NS', 2, 'nsdname:name'],
  ['MD', 3, 'madname:name', { obsolete: true, refused: 'MD is obsolete (RFC 973); use MX' }],
  ['MF', 4, 'madname:name', { obsolete: true, refused: 'MF is obsolete (RFC 973); use MX' }],
  ['CNAME', 5, 'target:name'],
  ['SOA', 6, 'mname:name rname:name serial:u32 refresh:duration retry:duration expire:duration minimum:duration'],
  ['MB', 7, 'madname:name', { obsolete: true }],
  ['MG', 8, 'mgmname:name', { obsolete: true }],
  ['MR', 9, 'newname:name', { obsolete: true }],
  ['NULL', 10, '', { genericOnly: true, obsolete: true }],
  ['WKS', 11, 'address:ipv4 protocol:protocol services:services', { obsolete: true }],
  ['PTR', 12, 'ptrdname:name'],
  ['HINFO', 13, 'cpu:string os:string'],
  ['MINFO', 14, 'rmailbx:name emailbx:name', { obsolete: true }],
  ['MX', 15, 'preference:u16 exchange:name'],
  ['TXT', 16, 'text:strings'],
  ['RP', 17, 'mbox:name txtdname:name'],
  ['AFSDB', 18, 'subtype:u16 hostname:name'],
  ['X25', 19, 'address:x25', { obsolete: true }],
  ['ISDN', 20, 'address:string subaddress:string?', { obsolete: true }],
  ['RT', 21, 'preference:u16 host:name', { obsolete: true }],
  ['NSAP', 22, 'address:nsap', { obsolete: true }],
  ['NSAP-PTR', 23, 'owner:name', { obsolete: true }],
  ['SIG', 24, RRSIG_FIELDS, { obsolete: true }],
  ['KEY', 25, 'flags:u16 protocol:u8 algorithm:algorithm publickey:base64*'],
  ['PX', 26, 'preference:u16 map822:name mapx400:name', { obsolete: true }],
  ['GPOS', 27, 'longitude:string latitude:string altitude:string', { obsolete: true }],
  ['AAAA', 28, 'address:ipv6'],
  ['LOC', 29, 'location:loc'],
  ['NXT', 30, 'next:name types:nxtbitmap', { obsolete: true }],
  ['EID', 31, 'endpoint:hex', { obsolete: true }],
  ['NIMLOC', 32, 'locator:hex', { obsolete: true }],
  ['SRV', 33, 'priority:u16 weight:u16 port:u16 target:name'],
  ['ATMA', 34, 'address:atma', { obsolete: true }],
  ['NAPTR', 35, 'order:u16 preference:u16 flags:string services:string regexp:string replacement:name'],
  ['KX', 36, 'preference:u16 exchanger:name'],
  ['CERT', 37, 'certtype:certtype keytag:u16 algorithm:certalgorithm certificate:base64'],
  ['A6', 38, 'prefixlen:a6prefixlen suffix:a6suffix prefix:a6prefix', { obsolete: true }],
  ['DNAME', 39, 'target:name'],
  ['SINK', 40, 'meaning:u8 coding:u8 subcoding:u8 data:base64*', { obsolete: true }],
  ['OPT', 41, '', { meta: true }],
  ['APL', 42, 'items:apl'],
  ['DS', 43, DS_FIELDS],
  ['SSHFP', 44, 'algorithm:u8 fptype:u8 fingerprint:hex'],
  ['IPSECKEY', 45, 'precedence:u8 gatewaytype:u8 algorithm:u8 gateway:gateway publickey:base64'],
  ['RRSIG', 46, RRSIG_FIELDS],
  ['NSEC', 47, 'next:name types:nsecbitmap'],
  ['DNSKEY', 48, DNSKEY_FIELDS],
  ['DHCID', 49, 'data:base64'],
  ['NSEC3', 50, 'hashalg:u8 flags:u8 iterations:u16 salt:salt next:base32hex types:bitmap'],
  ['NSEC3PARAM', 51, 'hashalg:u8 flags:u8 iterations:u16 salt:salt'],
  ['TLSA', 52, TLSA_FIELDS],
  ['SMIMEA', 53, TLSA_FIELDS],
  ['HIP', 55, 'algorithm:u8 hit:hexword publickey:base64word servers:names'],
  ['NINFO', 56, 'text:strings', { obsolete: true }],
  ['RKEY', 57, DNSKEY_FIELDS, { obsolete: true }],
  ['TALINK', 58, 'previous:name next:name', { obsolete: true }],
  ['CDS', 59, DS_FIELDS],
  ['CDNSKEY', 60, DNSKEY_FIELDS],
  ['OPENPGPKEY', 61, 'key:base64'],
  ['CSYNC', 62, 'serial:u32 flags:u16 types:bitmap'],
  ['ZONEMD', 63, 'serial:u32 scheme:u8 hashalg:u8 digest:hex'],
  ['SVCB', 64, SVCB_FIELDS],
  ['HTTPS', 65, SVCB_FIELDS],
  ['DSYNC', 66, 'rrtype:type scheme:dsyncscheme port:u16 target:name'],
  ['HHIT', 67, 'data:base64'],
  ['BRID', 68, 'data:base64'],
  ['SPF', 99, 'text:strings'],
  ['UINFO', 100, '', { genericOnly: true, obsolete: true }],
  ['UID', 101, '', { genericOnly: true, obsolete: true }],
  ['GID', 102, '', { genericOnly: true, obsolete: true }],
  ['UNSPEC', 103, '', { genericOnly: true, obsolete: true }],
  ['NID', 104, 'preference:u16 nodeid:l64'],
  ['L32', 105, 'preference:u16 locator:ipv4'],
  ['L64', 106, 'preference:u16 locator:l64'],
  ['LP', 107, 'preference:u16 fqdn:name'],
  ['EUI48', 108, 'address:eui48'],
  ['EUI64', 109, 'address:eui64'],
  ['TKEY', 249, '', { meta: true }],
  ['TSIG', 250, '', { meta: true }],
  ['IXFR', 251, '', { meta: true }],
  ['AXFR', 252, '', { meta: true }],
  ['MAILB', 253, '', { meta: true }],
  ['MAILA', 254, '', { meta: true }],
  ['ANY', 255, '', { meta: true }],
  ['URI', 256, 'priority:u16 weight:u16 target:uri'],
  ['CAA', 257, 'flags:u8 tag:caatag value:caavalue'],
  ['AVC', 258, 'text:strings'],
  ['DOA', 259, 'enterprise:u32 type:u32 location:u8 mediatype:string data:doadata'],
  ['AMTRELAY', 260, 'precedence:u8 discovery:u1 relaytype:u7 relay:gateway'],
  ['RESINFO', 261, 'text:strings'],
  ['WALLET', 262, 'text:strings'],
  ['TA', 32768, DS_FIELDS],
  ['DLV', 32769, DS_FIELDS, { obsolete: true }],
  // Windows DNS Server (MS-DNSP 2.2.2.2.4.21-22; wire as Windows sends it in zone transfers): WINS forward and
  // reverse lookup, written `WINS [LOCAL] [L<lookup s>] [C<cache s>] ip...` and `WINS-R [LOCAL] [L..] [C..] domain`.
  ['WINS', 65281, 'flags:winsflags lookup:winslookup cache:winscache servers:winsservers', { microsoft: true }],
  ['WINS-R', 65282, 'flags:winsflags lookup:winslookup cache:winscache domain:name', { microsoft: true, aliases: ['WINSR'] }],
];

function parseFields(spec: string): FieldSpec[] {
  if (!spec) return [];
  return spec.split(' ').map((f) => {
    const [name, kind0] = f.split(':') as [string, string];
    let kind = kind0;
    const optional = kind.endsWith('?');
    if (optional) kind = kind.slice(0, -1);
    return optional ? { name, kind, optional } : { name, kind };
  });
}

const BY_NAME = new Map<string, TypeDef>();
const BY_CODE = new Map<number, TypeDef>();
for (const [name, code, fields, extra] of ROWS) {
  const def: TypeDef = { name, code, fields: parseFields(fields), ...extra };
  BY_NAME.set(name, def);
  for (const alias of def.aliases ?? []) BY_NAME.set(alias, def);
  BY_CODE.set(code, def);
}

/** Every known type, in table order. */
export function allTypes(): TypeDef[] {
  return [...BY_CODE.values()];
}

export function typeByCode(code: number): TypeDef | undefined {
  return BY_CODE.get(code);
}

export function typeName(code: number): string {
  return BY_CODE.get(code)?.name ?? 'TYPE' + code;
}

/** `TYPEnnn` (case-insensitive) -> nnn (0..65535), else -1. */
export function genericTypeCode(upper: string): number {
  if (upper.length < 5 || upper.length > 14 || !upper.startsWith('TYPE')) return -1;
  let v = 0;
  for (let i = 4; i < upper.length; i++) {
    const d = upper.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v <= 0xffff ? v : -1;
}

const GENERIC = new Map<number, RRTypeDef>();

export function lookupType(mnemonic: string): RRTypeDef | undefined {
  let def = BY_NAME.get(mnemonic);
  if (def) return def;
  const upper = mnemonic.toUpperCase();
  def = BY_NAME.get(upper);
  if (def) return def;
  const code = genericTypeCode(upper);
  if (code < 0) return undefined;
  const known = BY_CODE.get(code);
  if (known) return known;
  let g = GENERIC.get(code);
  if (!g) {
    // Type 0 and the meta range 128-255 cannot appear in zone files (BIND: "invalid use of a meta type").
    const meta = code === 0 || (code >= 128 && code <= 255);
    g = meta ? ({ name: 'TYPE' + code, code, fields: [], meta: true } as TypeDef) : { name: 'TYPE' + code, code, fields: [] };
    GENERIC.set(code, g);
  }
  return g;
}

/** Type mnemonic or TYPEnnn -> code, or -1. */
export function typeCodeOf(mnemonic: string): number {
  const def = lookupType(mnemonic);
  return def ? def.code : -1;
}

const CLASSES = new Map<string, string>([['IN', 'IN'], ['CH', 'CH'], ['CHAOS', 'CH'], ['HS', 'HS'], ['HESIOD', 'HS'], ['NONE', 'NONE'], ['ANY', 'ANY']]);
const CLASS_CODES: Record<number, string> = { 1: 'IN', 3: 'CH', 4: 'HS', 254: 'NONE', 255: 'ANY' };

export function parseClass(text: string): string | undefined {
  // Called for the type token of every record too: answer from the text as written when possible, and
  // upper-case (allocate) only when it has lower-case letters.
  const direct = CLASSES.get(text);
  if (direct) return direct;
  let lower = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      lower = true;
      break;
    }
  }
  const upper = lower ? text.toUpperCase() : text;
  const c = CLASSES.get(upper);
  if (c) return c;
  if (upper.length < 6 || upper.length > 15 || !upper.startsWith('CLASS')) return undefined;
  let v = 0;
  for (let i = 5; i < upper.length; i++) {
    const d = upper.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    v = v * 10 + d;
  }
  if (v > 0xffff) return undefined;
  return CLASS_CODES[v] ?? 'CLASS' + v;
}
