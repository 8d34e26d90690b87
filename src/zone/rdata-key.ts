// Comparison keys for rdata: two records are "the same RR" when their rdata is equal after folding the case
// of domain names (RFC 4343), which is how BIND and Knot decide that a record is a duplicate. Field values
// are canonical (addresses, names, numbers), so a key made of them equals a key made of the wire form,
// without encoding every record to wire.
import type { RecordNode } from '../syntax/types.js';
import { nameKey } from '../syntax/name.js';

const cache = new WeakMap<RecordNode, string>();

function hex(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += (bytes[i]! < 16 ? '0' : '') + bytes[i]!.toString(16);
  return s;
}

function valueKey(kind: string, value: unknown): string {
  if (kind === 'name' && typeof value === 'string') return nameKey(value);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (value instanceof Uint8Array) return hex(value);
  // Structured values (SvcParams, LOC, APL...): their JSON is canonical enough to compare.
  return JSON.stringify(value, (_k, v: unknown) => (v instanceof Uint8Array ? hex(v) : typeof v === 'bigint' ? String(v) : v));
}

/** Key of a record's rdata (type code + case-folded rdata). */
export function rdataKey(rec: RecordNode): string {
  let key = cache.get(rec);
  if (key !== undefined) return key;
  if (rec.rdata.length > 0) {
    key = String(rec.typeCode);
    for (const f of rec.rdata) key += '\u0000' + valueKey(f.kind, f.value);
  } else key = rec.typeCode + '#' + hex(rec.wire ?? new Uint8Array(0));
  cache.set(rec, key);
  return key;
}

/** Key of the whole RR, TTL ignored: owner, class, type and rdata. */
export function rrKey(rec: RecordNode): string {
  return nameKey(rec.owner) + ' ' + rec.class + ' ' + rdataKey(rec);
}
