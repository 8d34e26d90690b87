// SRV, KMS and target helpers shared by the rules in this folder (not rules themselves: gen-rules-index reads
// only rules/*.ts). Line references, fields, ranges and edits: src/zone/where.ts; record deletions: src/lint/ranges.ts.
import type { Fix, RuleContext } from '../../src/lint/types.js';
import type { NameEntry, ZoneModel } from '../../src/zone/model.js';
import type { RdataField, RecordNode } from '../../src/syntax/types.js';
import { isIPv4, parseIPv6Bytes } from '../../src/syntax/rdata/text.js';
import { field, lineOf, lineRef } from '../../src/zone/where.js';
import { recordDeletion } from '../../src/lint/ranges.js';
import { rdataKey } from '../../src/zone/rdata-key.js';
import { nameKey } from '../../src/syntax/name.js';
import { isVlmcsOwner } from '../../src/zone/srv.js';

export const KMS_PORT = 1688;
export const SLMGR_IPK = 'slmgr /ipk <KMS client setup key>';
export const PUBLISH_LIST_KEY = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SoftwareProtectionPlatform';
export const RFC2181_10_3 = 'RFC 2181 §10.3';

export interface Srv {
  rec: RecordNode;
  priority: number;
  weight: number;
  port: number;
  target: string;
  targetKey: string;
  fields: { priority: RdataField; weight: RdataField; port: RdataField; target: RdataField };
}

/** The typed SRV fields of a record, or undefined when its rdata is not typed (e.g. RFC 3597 form). */
export function srvOf(rec: RecordNode): Srv | undefined {
  if (rec.typeCode !== 33) return undefined;
  const priority = field(rec, 'priority');
  const weight = field(rec, 'weight');
  const port = field(rec, 'port');
  const target = field(rec, 'target');
  if (!priority || !weight || !port || !target) return undefined;
  if (typeof priority.value !== 'number' || typeof weight.value !== 'number' || typeof port.value !== 'number' || typeof target.value !== 'string') return undefined;
  return {
    rec,
    priority: priority.value,
    weight: weight.value,
    port: port.value,
    target: target.value,
    targetKey: nameKey(target.value),
    fields: { priority, weight, port, target },
  };
}

const vlmcsCache = new WeakMap<ZoneModel, RecordNode[][]>();

/** The SRV RRsets at `_vlmcs._tcp.<domain>` names, in order (found once per zone: several rules ask). */
export function vlmcsRRsets(zone: ZoneModel): RecordNode[][] {
  let out = vlmcsCache.get(zone);
  if (!out) {
    out = zone.rrsetsOfType(33).filter((rrset) => isVlmcsOwner(rrset[0]!.owner));
    vlmcsCache.set(zone, out);
  }
  return out;
}

const srvCache = new WeakMap<RecordNode[], Srv[]>();

/** Typed SRV records of an RRset, in document order (computed once per RRset: several rules ask). */
export function srvList(rrset: RecordNode[]): Srv[] {
  let out = srvCache.get(rrset);
  if (out) return out;
  out = [];
  for (const rec of rrset) {
    const s = srvOf(rec);
    if (s) out.push(s);
  }
  srvCache.set(rrset, out);
  return out;
}

/** An SRV RRset of several records, its hosts grouped by priority. */
export interface SrvPriorities {
  owner: string;
  /** The owner is `_vlmcs._tcp.<domain>`. */
  kms: boolean;
  /** Records by priority, "." (service not available) left out; first-seen order. */
  groups: Map<number, Srv[]>;
}

const priorityCache = new WeakMap<ZoneModel, SrvPriorities[]>();

/**
 * SRV RRsets of two or more records with their hosts grouped by priority: what the priority and weight rules
 * compare (a one-record RRset, most of a big zone, has nothing to compare). Built once per zone.
 */
export function srvPriorityGroups(zone: ZoneModel): SrvPriorities[] {
  let out = priorityCache.get(zone);
  if (out) return out;
  out = [];
  const rrsets = zone.rrsetsOfType(33);
  // Indexed: no iterator result per item (see Rule.check).
  for (let i = 0; i < rrsets.length; i++) {
    const rrset = rrsets[i]!;
    if (rrset.length < 2) continue;
    const owner = rrset[0]!.owner;
    out.push({ owner, kms: isVlmcsOwner(owner), groups: byPriority(srvList(rrset).filter((s) => s.targetKey !== '.')) });
  }
  priorityCache.set(zone, out);
  return out;
}

/** Records of an SRV RRset grouped by priority (map keeps first-seen order). */
export function byPriority(list: Srv[]): Map<number, Srv[]> {
  const groups = new Map<number, Srv[]>();
  for (const s of list) {
    let g = groups.get(s.priority);
    if (!g) groups.set(s.priority, (g = []));
    g.push(s);
  }
  return groups;
}

/** Records grouped by target (case-insensitive), first-seen order. */
export function byTarget(list: Srv[]): Map<string, Srv[]> {
  const groups = new Map<string, Srv[]>();
  for (const s of list) {
    let g = groups.get(s.targetKey);
    if (!g) groups.set(s.targetKey, (g = []));
    g.push(s);
  }
  return groups;
}

/** `host (line N)` or `host (lines N, M)`. */
export function hostWithLines(target: string, recs: RecordNode[]): string {
  const lines = recs.map((r) => String(lineOf(r)));
  return `${target} (line${lines.length > 1 ? 's' : ''} ${listed(lines)})`;
}

/** The domain a `_vlmcs._tcp` owner publishes for, as DnsDomainPublishList writes it (no trailing dot). */
export function kmsDomain(owner: string): string {
  const rest = owner.replace(/^[^.]*\.[^.]*\./, '');
  return rest === '' || rest === '.' ? '.' : rest.replace(/\.$/, '');
}

/** The text of a record's rdata field as written. */
export function written(text: string, f: { start: number; end: number }): string {
  return text.slice(f.start, f.end);
}

/** Damerau-Levenshtein (optimal string alignment) distance. */
export function osaDistance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    d.push(new Array<number>(b.length + 1).fill(0));
    d[i]![0] = i;
  }
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** Host-name fields that must name a host with addresses: MX exchange, NS nsdname, SRV target. */
export const TARGET_FIELDS: Record<number, string> = { 15: 'exchange', 2: 'nsdname', 33: 'target' };

export interface TargetRef {
  rec: RecordNode;
  field: RdataField;
  name: string;
  /** The records at the target name when it owns any in this zone (looked up once for all rules). */
  entry: NameEntry | undefined;
}

const targetCache = new WeakMap<ZoneModel, TargetRef[]>();

/** Every MX, NS and SRV target of the zone, in document order (SRV "." excluded); built once per zone. */
export function targets(zone: ZoneModel): TargetRef[] {
  let out = targetCache.get(zone);
  if (out) return out;
  out = [];
  // Only the records of the three types are visited, not the whole zone; each list is in document order, so
  // merging them keeps that order without a sort.
  const lists = [zone.ofType(15), zone.ofType(2), zone.ofType(33)];
  const at = [0, 0, 0];
  for (;;) {
    let pick = -1;
    for (let l = 0; l < 3; l++) {
      const rec = lists[l]![at[l]!];
      if (rec !== undefined && (pick < 0 || rec.index < lists[pick]![at[pick]!]!.index)) pick = l;
    }
    if (pick < 0) break;
    const rec = lists[pick]![at[pick]!++]!;
    const f = field(rec, TARGET_FIELDS[rec.typeCode]!);
    if (!f || typeof f.value !== 'string' || f.value === '.') continue;
    out.push({ rec, field: f, name: f.value, entry: zone.names.get(nameKey(f.value)) });
  }
  targetCache.set(zone, out);
  return out;
}

/** The address a target was written as (an IPv4 or IPv6 literal, trailing dot allowed), or undefined. */
export function addressWritten(text: string): string | undefined {
  const t = text.endsWith('.') ? text.slice(0, -1) : text;
  // The zone parser's own address readers: node:net's isIP compiles a large pattern on first use (~5 ms of
  // every cold start).
  return isIPv4(t) || (t.includes(':') && parseIPv6Bytes(t) !== undefined) ? t : undefined;
}

/** Most items a message lists, and most suggestions of one kind a message carries (hostile or huge zones). */
export const MAX_LISTED = 10;
/** Longest span a combined suggestion edit may cover: larger ones are left out rather than shown. */
export const MAX_SPAN = 16384;

/** `a, b, c` of at most MAX_LISTED items, then `and N more`. */
export function listed(items: string[]): string {
  if (items.length <= MAX_LISTED) return items.join(', ');
  return items.slice(0, MAX_LISTED).join(', ') + ` and ${items.length - MAX_LISTED} more`;
}

/** The fix when it is small enough to show as a suggestion. */
export function bounded(fix: Fix | undefined): Fix | undefined {
  return fix && fix.range[1] - fix.range[0] <= MAX_SPAN && fix.text.length <= MAX_SPAN ? fix : undefined;
}

/**
 * For a set of records of a type a name may hold once (CNAME, DNAME, the apex SOA): report each record after the
 * first whose data differs from all before it (exact copies are no-duplicate-records' business), with a
 * suggestion to delete it. `what` names the record in the suggestion (`CNAME`, `SOA record`).
 */
export function reportExtraRecords(
  context: RuleContext,
  set: readonly RecordNode[],
  what: string,
  message: (rec: RecordNode, first: RecordNode) => string,
): void {
  if (set.length < 2) return;
  const { tree } = context;
  const first = set[0]!;
  const seen = new Set([rdataKey(first)]);
  for (let i = 1; i < set.length; i++) {
    const rec = set[i]!;
    const key = rdataKey(rec);
    if (seen.has(key)) continue;
    seen.add(key);
    const deletion = recordDeletion(tree, rec);
    context.report({
      node: rec,
      message: message(rec, first),
      suggestions: deletion ? [{ desc: `Delete this ${what} (keep the one on ${lineRef(tree, first)})`, fix: deletion }] : undefined,
    });
  }
}
