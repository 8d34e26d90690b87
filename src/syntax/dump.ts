// `zonelint dump`: the fully expanded zone, one RR per line, like `named-compilezone -s full -o -`.
// Microsoft's WINS and WINS-R (65281, 65282) have no standard presentation (BIND, Knot and dnspython do not
// know them), so they are dumped in RFC 3597 form, `TYPE65281 \# len hex`, which those tools read and print.
import type { RecordNode, ZoneRoot } from './types.js';
import { presentGeneric, presentRdata, rdataToWire, typeByCode } from './rdata/index.js';

/** Presentation of one record's rdata (typed when the type is known, RFC 3597 otherwise). */
export function recordRdataText(rec: RecordNode): string {
  const def = typeByCode(rec.typeCode);
  if (def?.microsoft) return presentGeneric(rec.wire ?? rdataToWire(def, rec.rdata));
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
  const type = typeByCode(rec.typeCode)?.microsoft ? `TYPE${rec.typeCode}` : rec.rrtype;
  let line = `${rec.owner}\t${rec.ttl}\t${rec.class}\t${type}\t${recordRdataText(rec)}`;
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
