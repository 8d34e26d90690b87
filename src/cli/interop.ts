// `zonelint export` and `zonelint import`: JSON interop with the dns-zonefile package (0.3.x).
//
// export: the zone as the JSON that dns-zonefile's `parse()` returns (keys `$origin`, `$ttl`, `soa`, `ns`, `a`,
// `aaaa`, `cname`, `mx`, `txt`, `ptr`, `srv`, `spf`, `caa`, `ds`), built from zonelint's own parse of the file.
// Records dns-zonefile cannot represent (other types, classes other than IN, a second SOA) are reported on
// stderr, one line each, never dropped silently.
//
// import: a zone file written by dns-zonefile's `generate()` (default template), then linted as `zonelint OUT`.
// Before calling generate() the JSON is guarded against three ways generate() silently corrupts data: a TTL of 0
// is omitted (`if (value.ttl)`), `$&`, `$'`, `` $` ``, `$$` in a value are expanded by String.prototype.replace,
// and `{srv}`, `{time}`... in a value are taken for template placeholders.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as dnsZonefileModule from 'dns-zonefile';
import { nameKey, isSubdomain } from '../syntax/name.js';
import { encodeHex } from '../syntax/rdata/text.js';
import { parseTtl } from '../syntax/ttl.js';
import type { RdataField, RecordNode, ZoneRoot } from '../syntax/types.js';
import type { Io } from './main.js';
import { includeReaderFor, parseNamedFile, parseSubcommandArgs, reportSyntaxErrors } from './zone-input.js';

// ---------------------------------------------------------------------------------------------------------
// dns-zonefile's API as it is at run time: its typings declare named exports `parse` and `generate(json)`, but
// the module has only a default export, and generate() takes an optional template.

export interface DnsZonefileJson {
  $origin?: string;
  /** parse() returns the `$TTL` argument as written, i.e. a string; generate() accepts a number too. */
  $ttl?: string | number;
  soa?: {
    name: string;
    minimum: number;
    expire: number;
    retry: number;
    refresh: number;
    serial: number;
    rname: string;
    mname: string;
    ttl?: number;
  };
  ns?: { name: string; host: string; ttl?: number }[];
  a?: { name: string; ip: string; ttl?: number }[];
  aaaa?: { name: string; ip: string; ttl?: number }[];
  cname?: { name: string; alias: string; ttl?: number }[];
  mx?: { name: string; preference: number; host: string; ttl?: number }[];
  txt?: { name: string; txt: string; ttl?: number }[];
  ptr?: { name: string; fullname: string; host: string; ttl?: number }[];
  srv?: { name: string; target: string; priority: number; weight: number; port: number; ttl?: number }[];
  spf?: { name: string; data: string; ttl?: number }[];
  caa?: { name: string; flags: number; tag: string; value: string; ttl?: number }[];
  ds?: { name: string; key_tag: string; algorithm: string; digest_type: string; digest: string; ttl?: number }[];
}

interface DnsZonefileApi {
  parse(text: string): DnsZonefileJson;
  generate(json: DnsZonefileJson, template?: string): string;
}

export const dnsZonefile: DnsZonefileApi = (dnsZonefileModule as unknown as { default: DnsZonefileApi }).default;

/** The JSON keys dns-zonefile knows, in the order its parse() fills them for a typical zone. */
export const DNS_ZONEFILE_KEYS = ['$origin', '$ttl', 'soa', 'ns', 'a', 'aaaa', 'cname', 'mx', 'txt', 'ptr', 'srv', 'spf', 'caa', 'ds'];
/** RR types dns-zonefile parses and generates. */
export const DNS_ZONEFILE_TYPES = ['SOA', 'NS', 'A', 'AAAA', 'CNAME', 'MX', 'TXT', 'PTR', 'SRV', 'SPF', 'CAA', 'DS'];

// ---------------------------------------------------------------------------------------------------------
// export

export interface NotExported {
  record: RecordNode;
  reason: string;
}

export interface ExportResult {
  json: DnsZonefileJson;
  notExported: NotExported[];
}

/** `name` relative to `origin` as a zone file would write it (`@`, `www`), or absolute when outside it. */
function relative(name: string, origin: string): string {
  if (origin === '.') return name;
  if (nameKey(name) === nameKey(origin)) return '@';
  if (isSubdomain(name, origin)) return name.slice(0, name.length - origin.length - 1);
  return name;
}

function field(rec: RecordNode, name: string): unknown {
  const f = rec.rdata.find((x: RdataField) => x.name === name);
  return f?.value;
}

function quoted(strings: string[]): string {
  return strings.map((s) => `"${s}"`).join(' ');
}

/** The first `$TTL` of the zone in seconds, if any. */
function firstDefaultTtl(tree: ZoneRoot): number | undefined {
  for (const node of tree.children) {
    if (node.type === 'directive' && node.name === '$TTL' && node.args[0]) {
      const ttl = parseTtl(node.args[0].text);
      if (typeof ttl === 'number') return ttl;
    }
  }
  return undefined;
}

/** Build dns-zonefile's JSON for a parsed zone. */
export function toDnsZonefile(tree: ZoneRoot): ExportResult {
  const notExported: NotExported[] = [];
  const firstSoa = tree.children.find((n): n is RecordNode => n.type === 'record' && n.rrtype === 'SOA' && n.class === 'IN');
  const origin = firstSoa?.owner ?? tree.origin;
  const defaultTtl = firstDefaultTtl(tree);
  const json: DnsZonefileJson = { $origin: origin };
  if (defaultTtl !== undefined) json.$ttl = String(defaultTtl);
  const rel = (n: unknown): string => relative(n as string, origin);
  // parse() gives `ttl` when the record states one; a TTL that differs from $TTL is given too, so that
  // generate() writes every record with the TTL it has.
  const withTtl = <T extends object>(rec: RecordNode, entry: T): T & { ttl?: number } =>
    rec.ttlSource === 'explicit' || defaultTtl === undefined || rec.ttl !== defaultTtl ? { ...entry, ttl: rec.ttl } : entry;
  const push = <K extends keyof DnsZonefileJson>(key: K, entry: NonNullable<DnsZonefileJson[K]> extends (infer E)[] ? E : never) => {
    ((json[key] ??= [] as never) as unknown[]).push(entry);
  };

  for (const node of tree.children) {
    if (node.type !== 'record') continue;
    const rec = node;
    if (!DNS_ZONEFILE_TYPES.includes(rec.rrtype)) {
      notExported.push({ record: rec, reason: `dns-zonefile has no type ${rec.rrtype}` });
      continue;
    }
    if (rec.class !== 'IN') {
      notExported.push({ record: rec, reason: `dns-zonefile has no class ${rec.class} (it writes every record as IN)` });
      continue;
    }
    if (rec.rdata.length === 0 || rec.rdata[0]!.kind === 'generic') {
      notExported.push({ record: rec, reason: `${rec.rrtype} rdata in RFC 3597 form could not be decoded` });
      continue;
    }
    const name = rel(rec.owner);
    switch (rec.rrtype) {
      case 'SOA':
        if (json.soa) {
          notExported.push({ record: rec, reason: 'dns-zonefile keeps only one SOA' });
          break;
        }
        json.soa = withTtl(rec, {
          name,
          minimum: field(rec, 'minimum') as number,
          expire: field(rec, 'expire') as number,
          retry: field(rec, 'retry') as number,
          refresh: field(rec, 'refresh') as number,
          serial: field(rec, 'serial') as number,
          rname: rel(field(rec, 'rname')),
          mname: rel(field(rec, 'mname')),
        });
        break;
      case 'NS':
        push('ns', withTtl(rec, { name, host: rel(field(rec, 'nsdname')) }));
        break;
      case 'A':
        push('a', withTtl(rec, { name, ip: field(rec, 'address') as string }));
        break;
      case 'AAAA':
        push('aaaa', withTtl(rec, { name, ip: field(rec, 'address') as string }));
        break;
      case 'CNAME':
        push('cname', withTtl(rec, { name, alias: rel(field(rec, 'target')) }));
        break;
      case 'MX':
        push('mx', withTtl(rec, { name, preference: field(rec, 'preference') as number, host: rel(field(rec, 'exchange')) }));
        break;
      case 'TXT':
        push('txt', withTtl(rec, { name, txt: quoted(field(rec, 'text') as string[]) }));
        break;
      case 'PTR':
        push('ptr', withTtl(rec, { name, fullname: rec.owner, host: rel(field(rec, 'ptrdname')) }));
        break;
      case 'SRV':
        push(
          'srv',
          withTtl(rec, {
            name,
            target: rel(field(rec, 'target')),
            priority: field(rec, 'priority') as number,
            weight: field(rec, 'weight') as number,
            port: field(rec, 'port') as number,
          }),
        );
        break;
      case 'SPF':
        push('spf', withTtl(rec, { name, data: quoted(field(rec, 'text') as string[]) }));
        break;
      case 'CAA':
        push(
          'caa',
          withTtl(rec, { name, flags: field(rec, 'flags') as number, tag: field(rec, 'tag') as string, value: `"${field(rec, 'value') as string}"` }),
        );
        break;
      case 'DS':
        push(
          'ds',
          withTtl(rec, {
            name,
            key_tag: String(field(rec, 'keytag')),
            algorithm: String(field(rec, 'algorithm')),
            digest_type: String(field(rec, 'digesttype')),
            digest: encodeHex(field(rec, 'digest') as Uint8Array),
          }),
        );
        break;
    }
  }
  return { json, notExported };
}

// ---------------------------------------------------------------------------------------------------------
// import

export interface GenerateResult {
  text: string;
  /** Problems found in the JSON (unknown keys generate() would ignore). */
  warnings: string[];
}

const PLACEHOLDER = /\{(\$origin|\$ttl|zone|datetime|time|name|ttl|mname|rname|serial|refresh|retry|expire|minimum|ns|mx|a|aaaa|cname|ptr|txt|srv|spf|caa|ds)\}/g;

/** A string value made safe to pass through generate()'s `template.replace(placeholder, value)`. */
function guardString(s: string): string {
  // `{` is `\123` in zone-file presentation (names and character-strings alike).
  return s.replace(PLACEHOLDER, (m) => '\\123' + m.slice(1)).replace(/\$/g, '$$$$');
}

function guard(value: unknown, key: string): unknown {
  if (typeof value === 'string') return guardString(value);
  // generate() writes a TTL only when it is truthy: a 0 would silently become $TTL. "0" is truthy.
  if (key === 'ttl' && value === 0) return '0';
  if (Array.isArray(value)) return value.map((v) => guard(v, ''));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, guard(v, k)]));
  }
  return value;
}

/** Write a zone file from dns-zonefile JSON with dns-zonefile's generate() and its default template. */
export function generateZoneFile(json: unknown): GenerateResult {
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error('the JSON must be an object as dns-zonefile parse() returns');
  const obj = json as Record<string, unknown>;
  if (!obj.soa || typeof obj.soa !== 'object') throw new Error('dns-zonefile generate() needs an "soa" object');
  const warnings: string[] = [];
  for (const key of Object.keys(obj)) {
    if (!DNS_ZONEFILE_KEYS.includes(key)) warnings.push(`not imported: dns-zonefile generate() has no key "${key}"`);
    else if (key !== '$origin' && key !== '$ttl' && key !== 'soa' && !Array.isArray(obj[key])) {
      throw new Error(`"${key}" must be an array`);
    }
  }
  const text = dnsZonefile.generate(guard(obj, '') as DnsZonefileJson);
  return { text, warnings };
}

// ---------------------------------------------------------------------------------------------------------
// commands

const EXPORT_USAGE = 'usage: zonelint export --format dns-zonefile [--origin NAME] [--include-root DIR] [--strict] FILE';
const IMPORT_USAGE = 'usage: zonelint import [-o OUT.zone] FILE.json';

function usage(io: Io, message: string, line: string): number {
  io.stderr(`zonelint: ${message}\n${line}\n`);
  return 2;
}

export function exportCommand(argv: string[], io: Io): number {
  const parsed = parseSubcommandArgs(
    argv,
    {
      format: { type: 'string', short: 'f' },
      origin: { type: 'string' },
      'include-root': { type: 'string' },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
    io,
    EXPORT_USAGE,
  );
  if (!parsed) return 2;
  const v = parsed.values as { format?: string; origin?: string; 'include-root'?: string; strict?: boolean; help?: boolean };
  if (v.help) {
    io.stdout(EXPORT_USAGE + '\n');
    return 0;
  }
  if (v.format === undefined) return usage(io, 'export needs --format dns-zonefile', EXPORT_USAGE);
  if (v.format !== 'dns-zonefile') return usage(io, `unknown export format "${v.format}": expected dns-zonefile`, EXPORT_USAGE);
  if (parsed.positionals.length !== 1) return usage(io, 'export needs exactly one zone file', EXPORT_USAGE);
  const f = parsed.positionals[0]!;
  const cwd = io.cwd ?? process.cwd();
  const read = parseNamedFile(f, cwd, io, { origin: v.origin, readInclude: includeReaderFor(cwd, v['include-root']) });
  if (!read) return 2;
  const { path, tree } = read;
  const failed = reportSyntaxErrors(tree, io, (p) => (p === path ? f : p ?? f));
  const { json, notExported } = toDnsZonefile(tree);
  for (const { record, reason } of notExported) {
    const p = record.source.point(record.start);
    const file = record.source.path === path ? f : record.source.path ?? f;
    io.stderr(`${file}:${p.line}:${p.column}: not exported: ${reason}\n`);
  }
  io.stdout(JSON.stringify(json, null, 2) + '\n');
  if (failed) return 1;
  return v.strict && notExported.length > 0 ? 1 : 0;
}

export async function importCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseSubcommandArgs(
    argv,
    {
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
    io,
    IMPORT_USAGE,
  );
  if (!parsed) return 2;
  const v = parsed.values as { output?: string; help?: boolean };
  if (v.help) {
    io.stdout(IMPORT_USAGE + '\n');
    return 0;
  }
  if (parsed.positionals.length !== 1) return usage(io, 'import needs exactly one JSON file', IMPORT_USAGE);
  const f = parsed.positionals[0]!;
  if (v.output === '') return usage(io, '-o needs a file name', IMPORT_USAGE);
  const out = v.output ?? (/\.json$/i.test(f) ? f.replace(/\.json$/i, '.zone') : f + '.zone');
  const cwd = io.cwd ?? process.cwd();
  if (resolve(cwd, out) === resolve(cwd, f)) return usage(io, `the output ${out} would overwrite the input`, IMPORT_USAGE);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(resolve(cwd, f), 'utf8'));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    io.stderr(`zonelint: cannot read ${f}: ${err.code ?? err.message}\n`);
    return 2;
  }
  let result: GenerateResult;
  try {
    result = generateZoneFile(json);
  } catch (e) {
    io.stderr(`zonelint: cannot import ${f}: ${(e as Error).message}\n`);
    return 2;
  }
  for (const w of result.warnings) io.stderr(`${f}: ${w}\n`);
  try {
    writeFileSync(resolve(cwd, out), result.text);
  } catch (e) {
    io.stderr(`zonelint: cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 2;
  }
  io.stderr(`zonelint: wrote ${out}\n`);
  // The JSON names its zone: lint with that origin (the file name of OUT need not be the zone's name).
  const origin = (json as { $origin?: unknown }).$origin;
  const { main } = await import('./main.js');
  return main(typeof origin === 'string' && origin !== '' ? ['--origin', origin, out] : [out], io);
}
