// Comparison keys for rdata: two records are "the same RR" when their wire rdata is equal after folding the
// case of domain names (RFC 4343), which is how BIND and Knot decide that a record is a duplicate.
import type { RecordNode } from '../syntax/types.js';
import { rdataToWire, typeByCode } from '../syntax/rdata/index.js';
import { nameKey } from '../syntax/name.js';

const cache = new WeakMap<RecordNode, string>();

function hex(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += (bytes[i]! < 16 ? '0' : '') + bytes[i]!.toString(16);
  return s;
}

/** Key of a record's rdata (type code + case-folded wire rdata). */
export function rdataKey(rec: RecordNode): string {
  let key = cache.get(rec);
  if (key !== undefined) return key;
  const def = typeByCode(rec.typeCode);
  let wire: Uint8Array;
  if (def && def.fields.length > 0 && rec.rdata.length > 0) {
    const folded = rec.rdata.map((f) => (f.kind === 'name' && typeof f.value === 'string' ? { ...f, value: nameKey(f.value) } : f));
    try {
      wire = rdataToWire(def, folded);
    } catch {
      wire = new TextEncoder().encode(JSON.stringify(folded.map((f) => String(f.value))));
    }
  } else wire = rec.wire ?? new Uint8Array(0);
  key = rec.typeCode + ':' + hex(wire);
  cache.set(rec, key);
  return key;
}

/** Key of the whole RR, TTL ignored: owner, class, type and rdata. */
export function rrKey(rec: RecordNode): string {
  return nameKey(rec.owner) + ' ' + rec.class + ' ' + rdataKey(rec);
}
