// The zone syntax tree (unist). Nodes keep source offsets; `position` is computed on demand from the
// line index of the file the node came from, so a million-record zone does not hold a million position
// objects (see ../../../shared/notes/performance.md: allocation, not scanning, is the cost).

export interface Point {
  line: number;
  column: number;
  offset: number;
}
export interface Position {
  start: Point;
  end: Point;
}

/** One source text: the linted file or a file pulled in by $INCLUDE. */
export interface SourceText {
  /** Path as given (or resolved for includes); undefined for stdin without a name. */
  path: string | undefined;
  text: string;
  /** Offset of the first character of every line (lazily built). */
  lineStarts(): Int32Array;
  point(offset: number): Point;
}

/** A token of rdata or of a directive's arguments, as written. */
export interface Token {
  /** Raw text between its delimiters: escapes kept, quotes removed for quoted strings. */
  text: string;
  /** Offsets into the token's source text; for quoted tokens they include the quotes. */
  start: number;
  end: number;
  quoted: boolean;
}

/** One typed rdata field, with its own source range. */
export interface RdataField {
  /** Field name from the type table, e.g. `priority`, `target`. */
  name: string;
  /** Field kind from the type table, e.g. `u16`, `name`, `ipv4`. */
  kind: string;
  /**
   * Parsed value:
   *   integers -> number (u48 may be a number too; they fit in 2^53),
   *   names -> absolute name in canonical presentation (trailing dot, case kept, escapes normalised),
   *   character-strings -> string in presentation without quotes (escapes normalised),
   *   binary (base64, hex, base32) -> Uint8Array,
   *   addresses -> canonical text form,
   *   kind-specific structures -> documented in the kind.
   */
  value: unknown;
  start: number;
  end: number;
}

export type NodeType = 'root' | 'record' | 'directive' | 'comment';

interface NodeBase {
  type: NodeType;
  /** Start/end offsets (end exclusive) in `source.text`. */
  start: number;
  end: number;
  /** The text this node was read from. */
  source: SourceText;
  /** For nodes from an $INCLUDEd file: the $INCLUDE directive in the including file (chained). */
  includedBy?: DirectiveNode;
  readonly position: Position;
}

export type TtlSource = 'explicit' | '$TTL' | 'soa-minimum' | 'previous' | 'default';

/**
 * A resource record. On records made by the parser, the token ranges of the owner, TTL and class, `ttlSource`
 * and `generic` are accessors (read again from the source text or a flag word when asked: a million records
 * do not each carry them), so a spread or JSON copy of a record leaves them out, and they cannot be assigned.
 */
export interface RecordNode extends NodeBase {
  type: 'record';
  /** Absolute owner name, canonical presentation, case as written. */
  owner: string;
  /** Owner token range, or -1 when the owner was blank (inherits the previous owner). */
  readonly ownerStart: number;
  readonly ownerEnd: number;
  ttl: number;
  readonly ttlStart: number;
  readonly ttlEnd: number;
  readonly ttlSource: TtlSource;
  /** Class mnemonic, upper case (IN, CH, HS, CLASSnn). */
  class: string;
  readonly classStart: number;
  readonly classEnd: number;
  /** Type mnemonic, upper case; TYPEnnn for unknown types. */
  rrtype: string;
  typeCode: number;
  typeStart: number;
  typeEnd: number;
  rdata: RdataField[];
  /** True when the rdata was written in RFC 3597 `\# len hex` form. */
  readonly generic: boolean;
  /** Wire rdata for generic-form records (and unknown types). */
  wire?: Uint8Array;
  /** Windows DNS `[AGE:n]`: hours since 1601-01-01T00:00Z; undefined for static records. */
  age?: number;
  ageStart?: number;
  ageEnd?: number;
  /** Index of this record among the records of its zone (document order, includes expanded). */
  index: number;
}

export interface DirectiveNode extends NodeBase {
  type: 'directive';
  /** `$ORIGIN`, `$TTL`, `$INCLUDE`, `$GENERATE` (upper case). */
  name: string;
  args: Token[];
  /** $INCLUDE: the resolved path; records from it follow the directive in the root's children. */
  includePath?: string;
}

export interface CommentNode extends NodeBase {
  type: 'comment';
  /** Comment text after `;`. */
  value: string;
}

export type ZoneNode = RecordNode | DirectiveNode | CommentNode;

export interface ZoneRoot {
  type: 'root';
  children: ZoneNode[];
  source: SourceText;
  /** Origin the file was parsed with (absolute). */
  origin: string;
  /** Errors found while parsing (syntax and rdata). */
  errors: ParseError[];
  /** Warnings found while parsing (e.g. no $TTL, TTL taken from SOA). */
  warnings: ParseError[];
  position: Position;
  data?: Record<string, unknown>;
}

export interface ParseError {
  message: string;
  start: number;
  end: number;
  source: SourceText;
  /** The $INCLUDE directive (in the root file) through which `source` was reached, if any. */
  includedBy?: DirectiveNode;
}
