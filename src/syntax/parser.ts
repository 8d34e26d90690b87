// Hand-written zone file parser (RFC 1035 §5 master files plus BIND's extensions).
// Written by hand rather than with a parser library because it sits on the hot path of every hook run and
// of million-record zones, and because every token needs an exact source range: it scans char codes in one
// pass, keeps offsets instead of position objects, and recovers at the next entry after an error.
import type {
  CommentNode,
  DirectiveNode,
  ParseError,
  Point,
  Position,
  RdataField,
  RecordNode,
  SourceText,
  Token,
  TtlSource,
  ZoneNode,
  ZoneRoot,
} from './types.js';
import { Source } from './source.js';
import { lastNameError, parseName, resolveName, type NameResult } from './name.js';
import { parseTtl, looksLikeTtl } from './ttl.js';
import { tokenEnd, ttlClassLayout, type TtlClassLayout } from './record-layout.js';
import { BACKSLASH, CR, DOLLAR, LF, LPAREN, QUOTE, RPAREN, SEMI, SPACE, TAB, plainTokenEnd } from './chars.js';
import { isGenericRdata, lookupType, parseClass, parseGenericRdata, parseRdata, rdataFromWire } from './rdata/index.js';
import type { RdataContext, RRTypeDef } from './rdata/api.js';
import { decodeString } from './rdata/text.js';
import { expandGenerate, parseGenerateRange } from './generate.js';

/** Reads an $INCLUDEd file. Returns its resolved path and text, or an error message. */
export type IncludeReader = (
  target: string,
  from: SourceText,
) => { path: string; text: string } | { error: string };

export interface ParseOptions {
  /** Origin for relative names until $ORIGIN (absolute; a trailing dot is added when missing). */
  origin?: string;
  /** Path of the file, for messages and for resolving $INCLUDE. */
  path?: string;
  /** Reader for $INCLUDE; without one, $INCLUDE is an error. */
  readInclude?: IncludeReader;
  /** Most records one $GENERATE may produce (hostile-input bound). */
  maxGenerate?: number;
  /** Deepest $INCLUDE nesting. */
  maxIncludeDepth?: number;
  /**
   * The origin was guessed (from the file name), not given: a $ORIGIN before the first record then names the
   * zone (`root.origin`), as the user wrote it.
   */
  originGuessed?: boolean;
}


function positionOf(source: SourceText, start: number, end: number): Position {
  return { start: source.point(start), end: source.point(end) };
}

class Node {
  // Optional fields are `declare`d so that they cost no slot on the (many) nodes that lack them.
  declare includedBy?: DirectiveNode;
  constructor(
    public start: number,
    public end: number,
    public source: SourceText,
  ) {}
  get position(): Position {
    return positionOf(this.source, this.start, this.end);
  }
}

/**
 * A token of the entry being read. Its text is cut from the source only when asked for: the scanner reads
 * every token, but the class and the type of most records are recognised in the source text (commonTypeAt),
 * so two or three substrings per record are never made. Pooled: the parser reuses these objects.
 */
class ScanToken implements Token {
  private cut: string | undefined = undefined;
  constructor(
    private readonly source: string,
    public start: number,
    public end: number,
    public quoted: boolean,
  ) {}
  /** Raw text between its delimiters (quotes removed). */
  get text(): string {
    return (this.cut ??= this.quoted ? this.source.slice(this.start + 1, this.end - 1) : this.source.slice(this.start, this.end));
  }
  reset(start: number, end: number, quoted: boolean): void {
    this.start = start;
    this.end = end;
    this.quoted = quoted;
    this.cut = undefined;
  }
}

/** The most common RR types, by mnemonic length, for commonTypeAt. */
const COMMON_TYPES: RRTypeDef[][] = [];
for (const name of ['A', 'NS', 'MX', 'TXT', 'SOA', 'PTR', 'SRV', 'CAA', 'AAAA', 'CNAME', 'DS', 'DNSKEY', 'RRSIG', 'NSEC', 'HTTPS', 'SVCB', 'TLSA', 'SPF']) {
  const def = lookupType(name)!;
  (COMMON_TYPES[name.length] ??= []).push(def);
}

/** A common RR type written at text[start, end) (any case), read in place; undefined for the rest. */
function commonTypeAt(text: string, start: number, end: number): RRTypeDef | undefined {
  const candidates = COMMON_TYPES[end - start];
  if (candidates === undefined) return undefined;
  next: for (const def of candidates) {
    const name = def.name;
    for (let i = 0; i < name.length; i++) {
      let c = text.charCodeAt(start + i);
      if (c >= 97 && c <= 122) c -= 32;
      if (c !== name.charCodeAt(i)) continue next;
    }
    return def;
  }
  return undefined;
}

const NO_RDATA: RdataField[] = Object.freeze([]) as unknown as RdataField[];

// Record.bits: whether the entry began with an owner token, whether the rdata was written in RFC 3597 form,
// and where the TTL came from (three bits).
const OWNER_TOKEN = 1;
const GENERIC = 2;
const TTL_SOURCE_SHIFT = 2;
const TTL_SOURCES: TtlSource[] = ['explicit', '$TTL', 'soa-minimum', 'previous', 'default'];

class Record extends Node implements RecordNode {
  // On the prototype (below), not on each of a million instances.
  declare readonly type: 'record';
  owner = '';
  ttl = 0;
  class = 'IN';
  rrtype = '';
  typeCode = 0;
  typeStart = -1;
  typeEnd = -1;
  // Shared until the rdata is parsed (records of types without fields keep it): one array less per record.
  rdata: RdataField[] = NO_RDATA;
  index = 0;
  /** Flags and the TTL source (see OWNER_TOKEN): one slot instead of eight. */
  bits = 0;
  declare wire?: Uint8Array;
  declare age?: number;
  declare ageStart?: number;
  declare ageEnd?: number;
  /** Set on records produced by $GENERATE: the directive. */
  declare generatedBy?: DirectiveNode;
  /** $GENERATE records: the directive's TTL token, if it has one. */
  declare generatedTtl?: [number, number];

  // Owner, TTL and class token ranges are found again from the text when asked (see record-layout.ts).
  get ownerStart(): number {
    return this.bits & OWNER_TOKEN ? this.start : -1;
  }
  get ownerEnd(): number {
    return this.bits & OWNER_TOKEN ? tokenEnd(this.source.text, this.start) : -1;
  }
  get ttlStart(): number {
    return this.layout().ttlStart;
  }
  get ttlEnd(): number {
    return this.layout().ttlEnd;
  }
  get classStart(): number {
    return this.layout().classStart;
  }
  get classEnd(): number {
    return this.layout().classEnd;
  }
  get ttlSource(): TtlSource {
    return TTL_SOURCES[this.bits >> TTL_SOURCE_SHIFT]!;
  }
  set ttlSource(source: TtlSource) {
    this.bits = (this.bits & ((1 << TTL_SOURCE_SHIFT) - 1)) | (TTL_SOURCES.indexOf(source) << TTL_SOURCE_SHIFT);
  }
  get generic(): boolean {
    return (this.bits & GENERIC) !== 0;
  }
  private layout(): TtlClassLayout {
    if (this.typeStart < 0) {
      const t = this.generatedTtl;
      return { ttlStart: t ? t[0] : -1, ttlEnd: t ? t[1] : -1, classStart: -1, classEnd: -1 };
    }
    return ttlClassLayout(this.source.text, this.start, (this.bits & OWNER_TOKEN) !== 0, this.typeStart, this.ageStart);
  }
}

Object.defineProperty(Record.prototype, 'type', { value: 'record', enumerable: true });

class Directive extends Node implements DirectiveNode {
  readonly type = 'directive' as const;
  declare includePath?: string;
  constructor(
    start: number,
    end: number,
    source: SourceText,
    public name: string,
    public args: Token[],
  ) {
    super(start, end, source);
  }
}

class Comment extends Node implements CommentNode {
  readonly type = 'comment' as const;
  constructor(
    start: number,
    end: number,
    source: SourceText,
    public value: string,
  ) {
    super(start, end, source);
  }
}

interface State {
  children: ZoneNode[];
  errors: ParseError[];
  warnings: ParseError[];
  defaultTtl: number;
  defaultTtlKnown: boolean;
  lastTtl: number;
  lastTtlKnown: boolean;
  lastClass: string;
  recordCount: number;
  includeStack: string[];
  generated: number;
  options: ParseOptions;
  /** The zone's origin as reported on the root (see ParseOptions.originGuessed). */
  rootOrigin: string;
}

/** Parse a zone file's text into a syntax tree. Never throws on any input. */
export function parseZone(text: string, options: ParseOptions = {}): ZoneRoot {
  const source = new Source(options.path, text);
  const origin = normaliseOrigin(options.origin);
  const state: State = {
    children: [],
    errors: [],
    warnings: [],
    defaultTtl: 0,
    defaultTtlKnown: false,
    lastTtl: 0,
    lastTtlKnown: false,
    lastClass: 'IN',
    recordCount: 0,
    includeStack: options.path ? [options.path] : [],
    generated: 0,
    options,
    rootOrigin: origin,
  };
  parseSource(source, origin, state, undefined, 0);
  const root: ZoneRoot = {
    type: 'root',
    children: state.children,
    source,
    origin: state.rootOrigin,
    errors: state.errors,
    warnings: state.warnings,
    get position(): Position {
      // The end point carries no offset on purpose: unified-message-control treats the stretch between the
      // last node and an end offset as a gap and would drop messages there.
      const end: Point = source.point(text.length);
      return { start: { line: 1, column: 1, offset: 0 }, end };
    },
  } as ZoneRoot;
  return root;
}

function normaliseOrigin(origin: string | undefined): string {
  if (!origin || origin === '.') return '.';
  const r = parseName(origin.endsWith('.') ? origin : origin + '.', '.');
  return r.name ?? '.';
}

function parseSource(
  source: SourceText,
  initialOrigin: string,
  state: State,
  includedBy: DirectiveNode | undefined,
  depth: number,
  initialOwner?: string,
): void {
  const text = source.text;
  const n = text.length;
  const children = state.children;
  let origin = initialOrigin;
  // An included file may start with a blank owner: it continues the including file's current owner (BIND).
  let prevOwner: string | undefined = initialOwner;

  const err = (message: string, start: number, end: number): void => {
    state.errors.push({ message, start, end: Math.max(end, start), source, includedBy });
  };
  const warn = (message: string, start: number, end: number): void => {
    state.warnings.push({ message, start, end: Math.max(end, start), source, includedBy });
  };
  let entryError = false;
  // One anchor object, updated per record (no allocation per record).
  const anchor = { start: -1, end: -1 };
  const ctx: RdataContext = {
    origin,
    error(message, start, end) {
      entryError = true;
      err(message, start, end);
    },
  };

  let pos = 0;
  if (text.charCodeAt(0) === 0xfeff) pos = 1;

  // Token objects are pooled across entries: the rdata parser copies what it keeps (values and offsets),
  // and not allocating four million small objects for a million-record zone halves the GC time.
  // The entry's tokens are pool[0, used): the pool is never emptied (an array whose length is set to 0 drops
  // its backing store, and regrowing it cost a ~150-byte allocation per entry).
  const pool: ScanToken[] = [];
  let used = 0;
  const token = (start: number, end: number, quoted: boolean): ScanToken => {
    let t = pool[used];
    if (t === undefined) {
      t = new ScanToken(text, start, end, quoted);
      pool.push(t);
    } else t.reset(start, end, quoted);
    used++;
    return t;
  };
  const comments: Comment[] = [];

  while (pos < n) {
    // ---- scan one entry: tokens up to a newline outside parentheses ----
    used = 0;
    // (Only when needed: setting the length is a call into the runtime, once per entry.)
    if (comments.length !== 0) comments.length = 0;
    entryError = false;
    const first = text.charCodeAt(pos);
    const blankOwner = first === SPACE || first === TAB;
    let depth0 = 0;
    let parenOpen = -1;
    let scanError: { message: string; start: number; end: number } | undefined;
    let entryEnd = pos;
    scan: while (pos < n) {
      let c = text.charCodeAt(pos);
      while (c === SPACE || c === TAB || c === CR) {
        c = text.charCodeAt(++pos);
      }
      if (pos >= n) break;
      switch (c) {
        case LF:
          pos++;
          if (depth0 === 0) break scan;
          continue;
        case SEMI: {
          let e = text.indexOf('\n', pos);
          if (e < 0) e = n;
          let ve = e;
          if (ve > pos && text.charCodeAt(ve - 1) === CR) ve--;
          comments.push(new Comment(pos, ve, source, text.slice(pos + 1, ve)));
          if (includedBy) comments[comments.length - 1]!.includedBy = includedBy;
          pos = e;
          continue;
        }
        case LPAREN:
          if (depth0 === 0) parenOpen = pos;
          depth0++;
          pos++;
          entryEnd = pos;
          continue;
        case RPAREN:
          if (depth0 === 0) {
            scanError ??= { message: 'unbalanced parentheses: ")" without a matching "("', start: pos, end: pos + 1 };
          } else depth0--;
          pos++;
          entryEnd = pos;
          continue;
        case QUOTE: {
          const start = pos;
          let p = pos + 1;
          let closed = false;
          while (p < n) {
            const d = text.charCodeAt(p);
            if (d === BACKSLASH) {
              p += 2;
              continue;
            }
            if (d === QUOTE) {
              closed = true;
              break;
            }
            if (d === LF) break;
            p++;
          }
          if (p > n) p = n;
          if (!closed) {
            let e = p;
            if (e > start && text.charCodeAt(e - 1) === CR) e--;
            scanError ??= { message: 'unterminated quoted string: missing closing "', start, end: e };
            pos = p; // continue at the newline
            entryEnd = e;
            continue;
          }
          token(start, p + 1, true);
          pos = p + 1;
          entryEnd = pos;
          continue;
        }
        default: {
          const start = pos;
          const p = plainTokenEnd(text, pos);
          token(start, p, false);
          pos = p;
          entryEnd = p;
        }
      }
    }
    if (depth0 > 0) {
      scanError ??= { message: 'unbalanced parentheses: "(" is never closed', start: parenOpen, end: parenOpen + 1 };
    }

    if (used === 0) {
      if (scanError) err(scanError.message, scanError.start, scanError.end);
      for (const c of comments) children.push(c);
      continue;
    }
    const entryStart = pool[0]!.start;
    if (scanError) {
      err(scanError.message, scanError.start, scanError.end);
      for (const c of comments) children.push(c);
      continue;
    }

    const t0 = pool[0]!;
    if (!blankOwner && !t0.quoted && t0.text.charCodeAt(0) === DOLLAR) {
      // ---- directive ----
      const name = t0.text.toUpperCase();
      const dir = new Directive(entryStart, entryEnd, source, name, pool.slice(1, used).map((t) => ({ text: t.text, start: t.start, end: t.end, quoted: t.quoted })));
      if (includedBy) dir.includedBy = includedBy;
      children.push(dir);
      for (const c of comments) children.push(c);
      const args = dir.args;
      switch (name) {
        case '$ORIGIN': {
          if (args.length === 0) {
            err('$ORIGIN needs a domain name', t0.start, t0.end);
            break;
          }
          if (args.length > 1) err('$ORIGIN takes one domain name; extra text found', args[1]!.start, args[args.length - 1]!.end);
          const r = directiveName(args[0]!, origin);
          if (r.error !== undefined) err(`invalid $ORIGIN name "${args[0]!.text}": ${r.error}`, args[0]!.start, args[0]!.end);
          else {
            origin = r.name;
            ctx.origin = origin;
            if (depth === 0 && state.recordCount === 0 && state.options.originGuessed) state.rootOrigin = origin;
          }
          break;
        }
        case '$TTL': {
          if (args.length === 0) {
            err('$TTL needs a TTL value', t0.start, t0.end);
            break;
          }
          if (args.length > 1) err('$TTL takes one value; extra text found', args[1]!.start, args[args.length - 1]!.end);
          const v = args[0]!.quoted ? `$TTL value cannot be a quoted string: "${args[0]!.text}"` : parseTtl(args[0]!.text);
          if (typeof v === 'string') err(v, args[0]!.start, args[0]!.end);
          else {
            state.defaultTtl = v;
            state.defaultTtlKnown = true;
          }
          break;
        }
        case '$INCLUDE':
          // BIND: after the included file, the current owner (like the origin) is the one from before it.
          handleInclude(dir, t0, args, origin, source, state, includedBy, depth, err, prevOwner);
          break;
        case '$GENERATE': {
          const before = state.errors.length;
          const r = generate(dir, t0, args, origin, source, state, includedBy, err);
          if (r !== undefined && state.errors.length === before) prevOwner = r;
          break;
        }
        default:
          err(`unknown directive "${t0.text}": expected $ORIGIN, $TTL, $INCLUDE or $GENERATE`, t0.start, t0.end);
      }
      continue;
    }

    // ---- resource record ----
    const rec = new Record(entryStart, entryEnd, source);
    if (includedBy) rec.includedBy = includedBy;
    let i = 0;
    if (blankOwner) {
      if (prevOwner === undefined) {
        err('this record has no owner name: the first record of a file needs one (the line starts with blank space)', t0.start, t0.end);
        for (const c of comments) children.push(c);
        continue;
      }
      rec.owner = prevOwner;
    } else {
      // A quoted owner is read as a name, as BIND does (`"a b" A ...` is the owner a\032b).
      const ownerName = resolveName(t0.text, origin);
      if (ownerName === undefined) {
        err(`invalid owner name "${t0.text}": ${lastNameError}`, t0.start, t0.end);
        for (const c of comments) children.push(c);
        continue;
      }
      rec.owner = ownerName;
      rec.bits |= OWNER_TOKEN;
      i = 1;
    }
    prevOwner = rec.owner;

    // TTL, class and Windows [AGE:n] in any order, then the type.
    let haveTtl = false;
    let haveClass = false;
    let def: RRTypeDef | undefined;
    let failed = false;
    for (; i < used; i++) {
      const t = pool[i]!;
      if (t.quoted) {
        err(`expected a TTL, class or RR type; found a quoted string "${t.text}"`, t.start, t.end);
        failed = true;
        break;
      }
      // The class and the common types are recognised in the text, without a substring (see ScanToken).
      const c0 = text.charCodeAt(t.start);
      if (c0 >= 48 && c0 <= 57) {
        const tx = t.text;
        if (haveTtl) {
          err(`a TTL was already given for this record; found a second one "${tx}"`, t.start, t.end);
          failed = true;
          break;
        }
        const v = parseTtl(tx);
        if (typeof v === 'string') {
          err(v, t.start, t.end);
          failed = true;
          break;
        }
        rec.ttl = v;
        haveTtl = true;
        continue;
      }
      if (c0 === 91 /* [ */) {
        const age = parseAge(t.text);
        if (age !== undefined && rec.age === undefined) {
          if (typeof age === 'string') {
            err(age, t.start, t.end);
            failed = true;
            break;
          }
          rec.age = age;
          rec.ageStart = t.start;
          rec.ageEnd = t.end;
          continue;
        }
      }
      if (!haveClass) {
        const cls = t.end - t.start === 2 && (c0 | 0x20) === 105 && (text.charCodeAt(t.start + 1) | 0x20) === 110 ? 'IN' : parseClass(t.text);
        if (cls !== undefined) {
          rec.class = cls;
          haveClass = true;
          continue;
        }
      }
      def = commonTypeAt(text, t.start, t.end) ?? lookupType(t.text);
      if (!def) {
        err(`unknown RR type "${t.text}"`, t.start, t.end);
        failed = true;
        break;
      }
      rec.rrtype = def.name;
      rec.typeCode = def.code;
      rec.typeStart = t.start;
      rec.typeEnd = t.end;
      i++;
      break;
    }
    if (!failed && !def) {
      const last = pool[used - 1]!;
      err('missing RR type: expected a type such as A, NS or SOA after the owner, TTL and class', last.start, last.end);
      failed = true;
    }
    if (failed || !def) {
      for (const c of comments) children.push(c);
      continue;
    }
    if (!haveClass) rec.class = state.lastClass;
    state.lastClass = rec.class;

    // rdata
    const rdataTokens = pool.slice(i, used);
    ctx.origin = origin;
    // Errors about missing rdata point at the type token.
    anchor.start = rec.typeStart;
    anchor.end = rec.typeEnd;
    ctx.anchor = anchor;
    const t1 = rdataTokens[0];
    if (t1 && isGenericRdata(rdataTokens)) {
      const wire = parseGenericRdata(def, rdataTokens, ctx);
      if (wire === undefined || entryError) {
        for (const c of comments) children.push(c);
        continue;
      }
      rec.bits |= GENERIC;
      rec.wire = wire;
      if (def.fields.length > 0) {
        const fields = rdataFromWire(def, wire);
        if (typeof fields === 'string') {
          err(`${def.name} rdata in \\# form is not valid for the type: ${fields}`, t1.start, rdataTokens[rdataTokens.length - 1]!.end);
          for (const c of comments) children.push(c);
          continue;
        }
        rec.rdata = fields;
      }
    } else {
      const fields = parseRdata(def, rdataTokens, ctx);
      if (fields === undefined || entryError) {
        if (!entryError) {
          const a = rdataTokens[0] ?? pool[used - 1]!;
          err(`invalid ${def.name} rdata`, a.start, rdataTokens[rdataTokens.length - 1]?.end ?? a.end);
        }
        for (const c of comments) children.push(c);
        continue;
      }
      rec.rdata = fields;
    }

    // TTL resolution as BIND does it.
    if (haveTtl) {
      rec.ttlSource = 'explicit';
      state.lastTtl = rec.ttl;
      state.lastTtlKnown = true;
    } else if (state.defaultTtlKnown) {
      rec.ttl = state.defaultTtl;
      rec.ttlSource = '$TTL';
    } else if (def.name === 'SOA') {
      const min = soaMinimum(rec);
      rec.ttl = min;
      rec.ttlSource = 'soa-minimum';
      state.defaultTtl = min;
      state.defaultTtlKnown = true;
      warn(`no TTL specified and no $TTL: using the SOA minimum (${min}) as the default TTL, as BIND does`, rec.typeStart, rec.typeEnd);
    } else if (state.lastTtlKnown) {
      rec.ttl = state.lastTtl;
      rec.ttlSource = 'previous';
    } else {
      err('no TTL specified: add a TTL to this record or a $TTL directive before it', rec.start, rec.typeEnd);
      for (const c of comments) children.push(c);
      continue;
    }

    rec.index = state.recordCount++;
    children.push(rec);
    for (const c of comments) children.push(c);
  }

  function soaMinimum(rec: Record): number {
    const f = rec.rdata[6];
    return typeof f?.value === 'number' ? f.value : 0;
  }
}

/** `[AGE:n]` / `[Aging:n]` from Windows DNS exports: hours since 1601-01-01T00:00Z. */
function parseAge(text: string): number | string | undefined {
  const m = /^\[(?:AGE|Aging):(\d*)\]$/i.exec(text);
  if (!m) return undefined;
  if (m[1] === '') return `invalid ${text}: expected a number of hours`;
  const v = Number(m[1]);
  if (!Number.isSafeInteger(v) || v > 0xffffffff) return `invalid ${text}: the hour count is out of range`;
  return v;
}

function handleInclude(
  dir: Directive,
  t0: Token,
  args: Token[],
  origin: string,
  source: SourceText,
  state: State,
  includedBy: DirectiveNode | undefined,
  depth: number,
  err: (m: string, s: number, e: number) => void,
  owner: string | undefined,
): void {
  if (args.length === 0) {
    err('$INCLUDE needs a file name', t0.start, t0.end);
    return;
  }
  if (args.length > 2) err('$INCLUDE takes a file name and an optional origin; extra text found', args[2]!.start, args[args.length - 1]!.end);
  let incOrigin = origin;
  if (args[1]) {
    const r = directiveName(args[1], origin);
    if (r.error !== undefined) {
      err(`invalid $INCLUDE origin "${args[1].text}": ${r.error}`, args[1].start, args[1].end);
      return;
    }
    incOrigin = r.name;
  }
  const file = args[0]!;
  const reader = state.options.readInclude;
  if (!reader) {
    err(`$INCLUDE "${file.text}" was not followed: no file access in this context`, file.start, file.end);
    return;
  }
  const maxDepth = state.options.maxIncludeDepth ?? 16;
  if (depth >= maxDepth) {
    err(`$INCLUDE nesting deeper than ${maxDepth} levels`, file.start, file.end);
    return;
  }
  // The file name's \X and \DDD escapes are those of character-strings; the bytes are read as UTF-8.
  const bytes = decodeString(file.text);
  if (typeof bytes === 'string') {
    err(`invalid $INCLUDE file name "${file.text}": ${bytes}`, file.start, file.end);
    return;
  }
  const got = reader(utf8.decode(bytes), source);
  if ('error' in got) {
    err(got.error, file.start, file.end);
    return;
  }
  if (state.includeStack.includes(got.path)) {
    err(`$INCLUDE cycle: "${got.path}" is already being read (${state.includeStack.join(' -> ')} -> ${got.path})`, file.start, file.end);
    return;
  }
  dir.includePath = got.path;
  const incSource = new Source(got.path, got.text);
  state.includeStack.push(got.path);
  // Records of the included file are attributed to the outermost $INCLUDE in the linted file.
  parseSource(incSource, incOrigin, state, includedBy ?? dir, depth + 1, owner);
  state.includeStack.pop();
}

const utf8 = new TextDecoder();

/** A domain name argument of $ORIGIN or $INCLUDE. BIND reads these as plain tokens: quotes are an error. */
function directiveName(t: Token, origin: string): NameResult {
  return t.quoted ? { error: 'a domain name here cannot be a quoted string' } : parseName(t.text, origin);
}

/**
 * Tokens of a quoted $GENERATE rhs, read again as rdata text the way BIND does: `\"` is a quote (BIND's lexer
 * drops the backslash in quoted strings), blanks separate tokens, `"..."` is a quoted token, other escapes are
 * kept. Every token gets the range of the whole rhs.
 */
function splitRdataText(text: string, start: number, end: number): Token[] {
  const s = text.replaceAll('\\"', '"');
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    let j = i;
    if (c === '"') {
      j = i + 1;
      while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
      out.push({ text: s.slice(i + 1, Math.min(j, s.length)), start, end, quoted: true });
      i = j + 1;
      continue;
    }
    while (j < s.length && !' \t\n\r"'.includes(s[j]!)) j += s[j] === '\\' ? 2 : 1;
    out.push({ text: s.slice(i, Math.min(j, s.length)), start, end, quoted: false });
    i = j;
  }
  return out;
}

function generate(
  dir: Directive,
  t0: Token,
  args: Token[],
  origin: string,
  source: SourceText,
  state: State,
  includedBy: DirectiveNode | undefined,
  err: (m: string, s: number, e: number) => void,
): string | undefined {
  // $GENERATE range lhs [ttl] [class] type rhs...
  if (args.length < 4) {
    err('$GENERATE needs: range lhs [ttl] [class] type rhs', t0.start, (args[args.length - 1] ?? t0).end);
    return undefined;
  }
  const range = parseGenerateRange(args[0]!.text);
  if (typeof range === 'string') {
    err(range, args[0]!.start, args[0]!.end);
    return undefined;
  }
  const count = Math.floor((range.stop - range.start) / range.step) + 1;
  const max = state.options.maxGenerate ?? 1_000_000;
  if (count > max || state.generated + count > max) {
    err(`$GENERATE range ${args[0]!.text} makes ${count} records; zonelint stops at ${max} generated records per file`, args[0]!.start, args[0]!.end);
    return undefined;
  }
  state.generated += count;
  const lhs = args[1]!;
  let i = 2;
  let ttl: number | undefined;
  let ttlTok: Token | undefined;
  let cls: string | undefined;
  let def: RRTypeDef | undefined;
  for (; i < args.length; i++) {
    const t = args[i]!;
    if (looksLikeTtl(t.text) && ttl === undefined) {
      const v = parseTtl(t.text);
      if (typeof v === 'string') {
        err(v, t.start, t.end);
        return undefined;
      }
      ttl = v;
      ttlTok = t;
      continue;
    }
    if (cls === undefined) {
      const c = parseClass(t.text);
      if (c !== undefined) {
        cls = c;
        continue;
      }
    }
    def = lookupType(t.text);
    if (!def) {
      err(`unknown RR type "${t.text}" in $GENERATE`, t.start, t.end);
      return undefined;
    }
    i++;
    break;
  }
  if (!def || i >= args.length) {
    err('$GENERATE needs a type and rdata (rhs) after the lhs', t0.start, args[args.length - 1]!.end);
    return undefined;
  }
  // BIND reads range, lhs, ttl, class and type as plain tokens, and the rhs as ONE token: rdata with several
  // fields is written quoted (`MX "10 mail$"`), and a quoted rhs is read again as rdata text.
  const quotedArg = args.slice(0, i).find((t) => t.quoted);
  if (quotedArg) {
    err(`$GENERATE: only the rhs may be a quoted string; found "${quotedArg.text}"`, quotedArg.start, quotedArg.end);
    return undefined;
  }
  if (args.length > i + 1) {
    const all = args.slice(i).map((t) => (t.quoted ? `"${t.text}"` : t.text)).join(' ');
    err(`$GENERATE takes one rhs token, as BIND does: quote rdata with several fields, like "${all.replaceAll('"', '\\"')}"`, args[i + 1]!.start, args[args.length - 1]!.end);
    return undefined;
  }
  const rhsTok = args[i]!;
  let lastOwner: string | undefined;
  let failed = false;
  const ctx: RdataContext = {
    origin,
    error(message, s, e) {
      failed = true;
      err(`$GENERATE: ${message}`, s, e);
    },
  };
  for (let v = range.start, k = 0; v <= range.stop; v += range.step, k++) {
    const ownerText = expandGenerate(lhs.text, v);
    if (typeof ownerText !== 'string') {
      err(ownerText.error, lhs.start, lhs.end);
      return undefined;
    }
    const owner = resolveName(ownerText, origin);
    if (owner === undefined) {
      err(`$GENERATE owner "${ownerText}" is invalid: ${lastNameError}`, lhs.start, lhs.end);
      return undefined;
    }
    const x = expandGenerate(rhsTok.text, v);
    if (typeof x !== 'string') {
      err(x.error, rhsTok.start, rhsTok.end);
      return undefined;
    }
    const toks: Token[] = rhsTok.quoted ? splitRdataText(x, rhsTok.start, rhsTok.end) : [{ text: x, start: rhsTok.start, end: rhsTok.end, quoted: false }];
    const rec = new Record(dir.start, dir.end, source);
    if (includedBy) rec.includedBy = includedBy;
    rec.generatedBy = dir;
    rec.owner = owner;
    rec.rrtype = def.name;
    rec.typeCode = def.code;
    rec.class = cls ?? state.lastClass;
    if (toks[0] && isGenericRdata(toks)) {
      const wire = parseGenericRdata(def, toks, ctx);
      if (!wire || failed) return undefined;
      rec.bits |= GENERIC;
      rec.wire = wire;
      if (def.fields.length) {
        const f = rdataFromWire(def, wire);
        if (typeof f === 'string') {
          err(`$GENERATE: ${f}`, toks[0].start, toks[toks.length - 1]!.end);
          return undefined;
        }
        rec.rdata = f;
      }
    } else {
      const f = parseRdata(def, toks, ctx);
      if (!f || failed) return undefined;
      rec.rdata = f;
    }
    if (ttl !== undefined) {
      rec.ttl = ttl;
      rec.ttlSource = 'explicit';
      rec.generatedTtl = [ttlTok!.start, ttlTok!.end];
    } else if (state.defaultTtlKnown) {
      rec.ttl = state.defaultTtl;
      rec.ttlSource = '$TTL';
    } else if (state.lastTtlKnown) {
      rec.ttl = state.lastTtl;
      rec.ttlSource = 'previous';
    } else {
      err('no TTL specified for $GENERATE records: add a TTL or a $TTL directive before it', dir.start, dir.end);
      return undefined;
    }
    rec.index = state.recordCount++;
    state.children.push(rec);
    lastOwner = rec.owner;
  }
  return lastOwner;
}
