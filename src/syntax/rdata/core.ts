// Shared contract of the field kinds: how a kind parses tokens, encodes/decodes wire and presents a value.
import type { RdataField, Token } from '../types.js';
import type { FieldSpec, RdataContext, RRTypeDef } from './api.js';
import type { Reader, Writer } from './wire.js';

/** Returned by a kind's parse after it reported an error through ctx.error. */
export const BAD: unique symbol = Symbol('bad rdata');
export type Bad = typeof BAD;

export interface ParseState {
  def: RRTypeDef;
  tokens: Token[];
  /** Index of the next unread token. */
  pos: number;
  ctx: RdataContext;
  /** Fields parsed so far (kinds whose meaning depends on an earlier field read it here). */
  fields: RdataField[];
}

export interface Kind {
  /**
   * 'one': consumes exactly one token (the driver checks it exists);
   * 'rest': consumes every remaining token (at least `min`);
   * 'custom': decides itself (may consume none, e.g. the A6 suffix when the prefix length is 128).
   */
  arity: 'one' | 'rest' | 'custom';
  min?: number;
  /** Accepts quoted tokens (character-strings); other kinds reject them, as BIND does. */
  quotable?: boolean;
  /** Parse from s.tokens[s.pos], advancing s.pos; BAD after reporting an error. */
  parse(s: ParseState, spec: FieldSpec): unknown;
  toWire(w: Writer, value: unknown, fields: readonly RdataField[]): void;
  /** Decode from the reader (rest kinds read up to r.end); throws WireError when malformed. */
  fromWire(r: Reader, fields: readonly RdataField[]): unknown;
  /** Presentation; may be '' for an empty list (e.g. a type bitmap with no types). */
  present(value: unknown, fields: readonly RdataField[]): string;
}

/** `SRV port`: the label used in error messages. */
export function label(s: ParseState, spec: FieldSpec): string {
  return `${s.def.name} ${spec.name}`;
}

export function fail(s: ParseState, t: Token, message: string): Bad {
  s.ctx.error(message, t.start, t.end);
  return BAD;
}

export function failRange(s: ParseState, start: number, end: number, message: string): Bad {
  s.ctx.error(message, start, end);
  return BAD;
}

/** `"text"` quoted for messages (long texts shortened). */
export function show(text: string): string {
  const t = text.length > 60 ? text.slice(0, 57) + '...' : text;
  return JSON.stringify(t);
}

/** The value of an earlier field by name (fields parsed/decoded so far). */
export function fieldValue(fields: readonly RdataField[], name: string): unknown {
  // Slots of fields not parsed yet are undefined (see parseRdata).
  for (let i = fields.length - 1; i >= 0; i--) if (fields[i]?.name === name) return fields[i]!.value;
  return undefined;
}
