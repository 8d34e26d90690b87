// Normalised RR tuples for comparing zonelint's records with a reference parser's: owner, TTL, class, type code
// and rdata in WIRE form (names inside rdata case-folded when asked), so that presentation differences (TXT
// quoting, base64 spacing, mnemonic vs number, relative vs absolute names) do not count.
import type { RdataField, RecordNode, ZoneRoot } from '../../src/syntax/types.js';
import { nameKey, nameToWire, isSubdomain } from '../../src/syntax/name.js';
import { rdataFromWire, rdataToWire, typeByCode } from '../../src/syntax/rdata/index.js';
import { hex } from './corpus.js';

function foldNames(fields: RdataField[]): RdataField[] {
  return fields.map((f) => (f.kind === 'name' && typeof f.value === 'string' ? { ...f, value: nameKey(f.value) } : f));
}

/** Wire rdata of a record; `foldCase` lower-cases the names inside typed rdata (DNS names compare case-blind). */
export function recordRdataWire(rec: RecordNode, foldCase: boolean): Uint8Array {
  const def = typeByCode(rec.typeCode);
  let fields: RdataField[] | undefined = rec.rdata.length > 0 ? rec.rdata : undefined;
  if (!fields && def && def.fields.length > 0 && rec.wire && rec.wire.length > 0) {
    const f = rdataFromWire(def, rec.wire);
    if (typeof f !== 'string') fields = f;
  }
  if (def && fields) return rdataToWire(def, foldCase ? foldNames(fields) : fields);
  return rec.wire ?? new Uint8Array(0);
}

/** `owner ttl class type rdata-hex` with the owner case-folded (BIND keeps the case of a name's first use). */
export function rrKey(rec: RecordNode, defaultClass?: string): string {
  const cls = defaultClass !== undefined && rec.classStart < 0 ? defaultClass : rec.class;
  return `${nameKey(rec.owner)} ${rec.ttl} ${cls} ${rec.typeCode} ${hex(recordRdataWire(rec, true))}`;
}

export function records(root: ZoneRoot): RecordNode[] {
  const out: RecordNode[] = [];
  for (const n of root.children) if (n.type === 'record') out.push(n);
  return out;
}

/**
 * The set of normalised RRs of a tree; with `zone`, only records at or below it (BIND drops out-of-zone data);
 * `defaultClass` stands for the class of records that do not give one (BIND's `-c`: zonelint assumes IN).
 */
export function rrSet(root: ZoneRoot, zone?: string, defaultClass?: string): Set<string> {
  const set = new Set<string>();
  for (const rec of records(root)) {
    if (zone !== undefined && !isSubdomain(rec.owner, zone)) continue;
    set.add(rrKey(rec, defaultClass));
  }
  return set;
}

/** Uncompressed wire of an owner name, as Knot's zscanner prints it (case kept). */
export function ownerWireHex(rec: RecordNode): string {
  return hex(nameToWire(rec.owner));
}
