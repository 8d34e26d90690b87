// Contract between the zone parser and the RR type table. The parser tokenises an entry and hands the rdata
// tokens of one record to `parseRdata`; everything type-specific lives behind this interface.

export interface RdataContext {
  /** Current origin (canonical absolute name) for relative names in rdata. */
  origin: string;
  /** Report a syntax/rdata error for the source range [start, end) (offsets of the token(s) concerned). */
  error(message: string, start: number, end: number): void;
  /**
   * Optional range to blame when the rdata has no tokens at all (e.g. `@ SRV` with nothing after the type):
   * usually the type token. Without it such errors get start = end = -1.
   */
  anchor?: { start: number; end: number };
}

/** One field of an RR type's rdata, as the type table declares it. */
export interface FieldSpec {
  name: string;
  kind: string;
  /** The field may be absent (only trailing fields). */
  optional?: boolean;
}

export interface RRTypeDef {
  /** Mnemonic, upper case. */
  name: string;
  code: number;
  fields: FieldSpec[];
  /** True for types BIND/Knot treat as obsolete or experimental (informational). */
  obsolete?: boolean;
}
