// `zonelint dump`: the fully expanded zone, one RR per line, like `named-compilezone -s full -o -`.
import type { RecordNode, ZoneRoot } from './types.js';
import { presentGeneric, presentRdata, typeByCode } from './rdata/index.js';

/** Presentation of one record's rdata (typed when the type is known, RFC 3597 otherwise). */
export function recordRdataText(rec: RecordNode): string {
  const def = typeByCode(rec.typeCode);
  if (def && def.fields.length > 0 && (!rec.generic || rec.rdata.length > 0 || rec.wire?.length === 0)) {
    return presentRdata(def, rec.rdata);
  }
  return presentGeneric(rec.wire ?? new Uint8Array(0));
}

export interface DumpOptions {
  /** Append Windows `[AGE:n]` timestamps as a trailing comment. */
  withAge?: boolean;
}

/** One line per record: `owner ttl class type rdata`, tab separated. */
export function dumpRecord(rec: RecordNode, options: DumpOptions = {}): string {
  let line = `${rec.owner}\t${rec.ttl}\t${rec.class}\t${rec.rrtype}\t${recordRdataText(rec)}`;
  if (options.withAge && rec.age !== undefined) line += ` ; [AGE:${rec.age}]`;
  return line;
}

export function dumpZone(tree: ZoneRoot, options: DumpOptions = {}): string {
  let out = '';
  for (const node of tree.children) {
    if (node.type === 'record') out += dumpRecord(node, options) + '\n';
  }
  return out;
}
