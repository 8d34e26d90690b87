// Helpers shared by the rules in this folder (not rules themselves: gen-rules-index reads only rules/*.ts).
import type { Fix } from '../../src/lint/types.js';
import type { ZoneModel } from '../../src/zone/model.js';
import type { RdataField, RecordNode, ZoneRoot } from '../../src/syntax/types.js';
import { isIPv4, parseIPv6Bytes } from '../../src/syntax/rdata/text.js';
import { recordDeletion } from '../../src/lint/ranges.js';
import { nameKey } from '../../src/syntax/name.js';

export const KMS_PORT = 1688;
export const SLMGR_IPK = 'slmgr /ipk <KMS client setup key>';
export const PUBLISH_LIST_KEY = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SoftwareProtectionPlatform';
export const RFC2181_10_3 = 'RFC 2181 §10.3';

/** Line (1-based) of a record in its own source. */
export function lineOf(rec: RecordNode): number {
  return rec.source.point(rec.start).line;
}

/** `line N`, with the file when the record comes from an $INCLUDEd file. */
export function whereOf(rec: RecordNode, root?: ZoneRoot): string {
  const line = lineOf(rec);
  if (root && rec.source !== root.source) return `line ${line} of ${rec.source.path ?? 'an included file'}`;
  return `line ${line}`;
}

export function field(rec: RecordNode, name: string): RdataField | undefined {
  for (const f of rec.rdata) if (f.name === name) return f;
  return undefined;
}

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

/** One edit made of several replacements, all other text in between kept byte for byte. */
export function combineEdits(text: string, edits: { start: number; end: number; text: string }[]): Fix | undefined {
  if (edits.length === 0) return undefined;
  const sorted = edits.slice().sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.start < sorted[i - 1]!.end) return undefined;
  const start = sorted[0]!.start;
  let end = start;
  let out = '';
  for (const e of sorted) {
    out += text.slice(end, e.start) + e.text;
    end = e.end;
  }
  for (const e of sorted) if (e.end > end) end = e.end;
  return { range: [start, end], text: out };
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndAfter(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i + 1;
}

interface RootOrder {
  /** Records of the root file in order, with whether a directive (or included/generated data) came right before. */
  order: { rec: RecordNode; directiveBefore: boolean }[];
  position: Map<RecordNode, number>;
}

const orders = new WeakMap<ZoneRoot, RootOrder>();

function rootOrder(tree: ZoneRoot): RootOrder {
  let o = orders.get(tree);
  if (o) return o;
  const order: RootOrder['order'] = [];
  const position = new Map<RecordNode, number>();
  let directive = false;
  for (const c of tree.children) {
    if (c.source !== tree.source) {
      directive = true; // included records: be conservative about what a blank owner inherits
      continue;
    }
    if (c.type === 'directive') directive = true;
    if (c.type !== 'record') continue;
    if ((c as { generatedBy?: unknown }).generatedBy) {
      directive = true;
      continue;
    }
    position.set(c, order.length);
    order.push({ rec: c, directiveBefore: directive });
    directive = false;
  }
  o = { order, position };
  orders.set(tree, o);
  return o;
}

/**
 * One edit that deletes all of `recs` (whole lines) without changing any other record: a kept record with a
 * blank owner whose owner line is deleted gets the owner written in. Undefined when that cannot be done by a
 * text edit of the root file (records from includes or $GENERATE, other text on the lines, TTL inheritance).
 */
export function deleteRecordsEdit(tree: ZoneRoot, recs: RecordNode[]): Fix | undefined {
  if (recs.length === 0) return undefined;
  const text = tree.source.text;
  const remove = new Set(recs);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const rec of recs) {
    const d = recordDeletion(tree, rec);
    if (!d) return undefined;
    edits.push({ start: d.range[0], end: lineEndAfter(text, rec.end), text: '' });
  }
  const { order, position } = rootOrder(tree);
  const seen = new Set<number>();
  for (const rec of recs) {
    const at = position.get(rec);
    if (at === undefined) return undefined;
    // Only the record right after each deleted one can lose its inherited owner.
    for (let i = at + 1; i < order.length && !seen.has(i); i++) {
      seen.add(i);
      if (!remove.has(order[i]!.rec)) break;
    }
  }
  for (const i of [...seen].sort((a, b) => a - b)) {
    const k = order[i]!;
    if (remove.has(k.rec) || k.rec.ownerStart >= 0 || i === 0 || !remove.has(order[i - 1]!.rec)) continue;
    // Kept record with a blank owner right after a deleted one: find the head of its owner chain.
    let h = i - 1;
    let sawDirective = k.directiveBefore;
    let keptInChain = false;
    while (h >= 0 && order[h]!.rec.ownerStart < 0) {
      if (!remove.has(order[h]!.rec)) keptInChain = true;
      if (order[h]!.directiveBefore) sawDirective = true;
      h--;
    }
    if (h < 0) return undefined;
    const head = order[h]!.rec;
    if (keptInChain || !remove.has(head)) continue;
    // Every record between the head and this one is deleted; if the nearest kept record before has the same owner,
    // nothing changes either.
    let p = h - 1;
    while (p >= 0 && remove.has(order[p]!.rec)) p--;
    if (p >= 0 && order[p]!.rec.owner === k.rec.owner) continue;
    const written = sawDirective ? head.owner : text.slice(head.ownerStart, head.ownerEnd);
    const at = lineStartOf(text, k.rec.start);
    edits.push({ start: at, end: at, text: written });
  }
  return combineEdits(text, edits);
}

/**
 * Safe per-record deletion fixes for records that are all reported in one pass: a deletion that writes its owner
 * into the next line conflicts with deleting that next line in the same pass, so such a follower waits for the
 * next --fix pass.
 */
export function deletionFixes(tree: ZoneRoot, recs: RecordNode[]): Map<RecordNode, Fix> {
  const out = new Map<RecordNode, Fix>();
  const list: { rec: RecordNode; fix: Fix }[] = [];
  for (const rec of recs) {
    const d = recordDeletion(tree, rec);
    if (d) list.push({ rec, fix: { range: d.range, text: d.text } });
  }
  list.sort((a, b) => a.fix.range[0] - b.fix.range[0]);
  let prev: Fix | undefined;
  for (const { rec, fix } of list) {
    if (prev && prev.text !== '' && fix.range[0] <= prev.range[1]) continue;
    out.set(rec, fix);
    prev = fix;
  }
  return out;
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

/** An explicit report range for a part of a record, only when the record is in the linted file itself. */
export function rangeIn(tree: ZoneRoot, rec: RecordNode, start: number, end: number): [number, number] | undefined {
  return rec.source === tree.source ? [start, end] : undefined;
}

/** Host-name fields that must name a host with addresses: MX exchange, NS nsdname, SRV target. */
export const TARGET_FIELDS: Record<number, string> = { 15: 'exchange', 2: 'nsdname', 33: 'target' };

export interface TargetRef {
  rec: RecordNode;
  field: RdataField;
  name: string;
}

const targetCache = new WeakMap<ZoneModel, TargetRef[]>();

/** Every MX, NS and SRV target of the zone, in document order (SRV "." excluded); built once per zone. */
export function targets(zone: ZoneModel): TargetRef[] {
  let out = targetCache.get(zone);
  if (out) return out;
  out = [];
  // Only the records of the three types are visited, not the whole zone.
  const recs = [...zone.ofType(15), ...zone.ofType(2), ...zone.ofType(33)].sort((a, b) => a.index - b.index);
  for (const rec of recs) {
    const fname = TARGET_FIELDS[rec.typeCode]!;
    const f = field(rec, fname);
    if (!f || typeof f.value !== 'string' || f.value === '.') continue;
    out.push({ rec, field: f, name: f.value });
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
