// Text ranges for fixes that delete whole records. Deleting a line must not change what other lines mean:
// a following blank-owner line inherits this record's owner, and a following record may take its TTL
// (RFC 1035 "previous TTL" semantics), so those cases get a compensating edit or no fix at all.
import type { RecordNode, ZoneRoot } from '../syntax/types.js';
import type { Fix } from './types.js';
import { combineEdits, lineStart as lineStartOf, type Edit } from '../zone/where.js';

function lineEndAfter(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i + 1;
}

/** True when [from, to) holds only blanks and comments. */
function onlyBlankOrComment(text: string, from: number, to: number): boolean {
  let inComment = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) inComment = false;
    else if (inComment) continue;
    else if (c === 59) inComment = true;
    else if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Index of each node among the root's children, built once per tree (rules delete many records). */
const childIndex = new WeakMap<ZoneRoot, Map<object, number>>();
function indexOfChild(tree: ZoneRoot, node: object): number {
  let map = childIndex.get(tree);
  if (!map) {
    map = new Map();
    tree.children.forEach((c, i) => map!.set(c, i));
    childIndex.set(tree, map);
  }
  return map.get(node) ?? -1;
}

/** Index among the root's children of the first record whose class is not IN (Infinity when none). */
const notIn = new WeakMap<ZoneRoot, number>();
function firstNotIn(tree: ZoneRoot): number {
  let i = notIn.get(tree);
  if (i === undefined) {
    i = tree.children.findIndex((c) => c.type === 'record' && c.class !== 'IN');
    if (i < 0) i = Infinity;
    notIn.set(tree, i);
  }
  return i;
}

/** The record after `rec` in document order (from any source). */
function nextRecord(tree: ZoneRoot, rec: RecordNode): RecordNode | undefined {
  const children = tree.children;
  for (let k = indexOfChild(tree, rec) + 1; k < children.length; k++) {
    const c = children[k]!;
    if (c.type === 'record') return c;
  }
  return undefined;
}

/**
 * The range that removes `rec`'s line(s) from the root file, with the text to put there instead (usually ''),
 * or undefined when the record cannot be removed by a text edit without changing other records.
 */
export function recordDeletion(tree: ZoneRoot, rec: RecordNode): Fix | undefined {
  if (rec.source !== tree.source || (rec as { generatedBy?: unknown }).generatedBy) return undefined;
  const text = tree.source.text;
  const start = lineStartOf(text, rec.start);
  if (!onlyBlankOrComment(text, start, rec.start)) return undefined;
  const end = lineEndAfter(text, rec.end);
  if (!onlyBlankOrComment(text, rec.end, end)) return undefined;

  // The next node in the same source decides whether anything inherits from this record.
  const children = tree.children;
  let k = indexOfChild(tree, rec);
  let next: RecordNode | undefined;
  let directiveBetween = false;
  for (k++; k < children.length; k++) {
    const c = children[k]!;
    if (c.source !== tree.source) continue;
    if (c.type === 'directive') directiveBetween = true;
    if (c.type === 'record') {
      if (!(c as { generatedBy?: unknown }).generatedBy) next = c;
      break;
    }
  }
  // TTL and class carry over to the next record in document order, whatever made it: a line of this file, a
  // $GENERATE or an $INCLUDEd file. Keep a record whose explicit TTL or class the next one takes, unless the
  // class is IN and so is every record before it: then the next one gets IN whichever of them one --fix pass
  // deletes (several deletions of one pass must not depend on each other). A line with a syntax error sets
  // the class too, so not in a zone with syntax errors.
  const following = nextRecord(tree, rec);
  if (following && rec.ttlStart >= 0 && following.ttlSource === 'previous') return undefined;
  const allIn = rec.class === 'IN' && indexOfChild(tree, rec) <= firstNotIn(tree) && tree.errors.length === 0;
  if (following && rec.classStart >= 0 && following.classStart < 0 && !allIn) {
    return undefined;
  }
  // A blank owner inherits ours only when nothing between set another: a line with a syntax error sets the
  // owner too, without being a record.
  const inherits = next !== undefined && next.ownerStart < 0 && rec.ownerStart >= 0 && next.owner === rec.owner;
  if (next && inherits && !directiveBetween) {
    // The next record has a blank owner that inherits ours: give it our owner as written.
    const nextLine = lineStartOf(text, next.start);
    const written = text.slice(rec.ownerStart, rec.ownerEnd);
    return { range: [start, nextLine], text: text.slice(end, nextLine) + written };
  }
  if (next && inherits && directiveBetween) {
    const nextLine = lineStartOf(text, next.start);
    return { range: [start, nextLine], text: text.slice(end, nextLine) + rec.owner };
  }
  return { range: [start, end], text: '' };
}

export function recordLinesRange(tree: ZoneRoot, rec: RecordNode): [number, number] | undefined {
  return recordDeletion(tree, rec)?.range;
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
  const edits: Edit[] = [];
  for (const rec of recs) {
    const d = recordDeletion(tree, rec);
    if (!d) return undefined;
    edits.push({ range: [d.range[0], lineEndAfter(text, rec.end)], text: '' });
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
    edits.push({ range: [at, at], text: written });
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
    if (d) list.push({ rec, fix: d });
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

