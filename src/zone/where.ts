// The one home of the small helpers every rule shares: "line N" references to records (messages name the
// records involved by line), rdata fields by name, report ranges inside a record, docs URLs, and combining
// several edits into one fix (a fix or suggestion is a single range). Whole-record deletions live in
// src/lint/ranges.ts; SRV/KMS-specific helpers in rules/lib/util.ts.
import type { DirectiveNode, RdataField, RecordNode, ZoneRoot } from '../syntax/types.js';
import type { Fix } from '../lint/types.js';

/** Line (1-based) of a node in its own source. */
export function lineOf(node: RecordNode | DirectiveNode): number {
  return node.source.point(node.start).line;
}

/** `line 12`, or `line 3 of inc.zone` for a record from an $INCLUDEd file. */
export function lineRef(tree: ZoneRoot, node: RecordNode | DirectiveNode): string {
  const line = lineOf(node);
  return node.source === tree.source ? `line ${line}` : `line ${line} of ${node.source.path ?? 'an included file'}`;
}

/** `lines 3, 4 and 9` (with include suffixes where needed); at most `max` listed. */
export function linesRef(tree: ZoneRoot, nodes: readonly (RecordNode | DirectiveNode)[], max = 8): string {
  if (nodes.length === 1) return lineRef(tree, nodes[0]!);
  const parts = nodes.slice(0, max).map((n) => lineRef(tree, n).replace(/^line /, ''));
  const more = nodes.length > max ? ` and ${nodes.length - max} more` : '';
  if (more) return `lines ${parts.join(', ')}${more}`;
  return `lines ${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export interface Edit {
  range: [number, number];
  text: string;
}

/**
 * Several non-overlapping edits of the root file as one fix spanning them all, the text in between kept byte
 * for byte; undefined when there are none or two overlap (an insertion may sit at the start of a replacement).
 */
export function combineEdits(text: string, edits: Edit[]): Fix | undefined {
  if (edits.length === 0) return undefined;
  const sorted = edits.slice().sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.range[0] < sorted[i - 1]!.range[1]) return undefined;
  const start = sorted[0]!.range[0];
  let pos = start;
  let out = '';
  for (const e of sorted) {
    out += text.slice(pos, e.range[0]) + e.text;
    pos = e.range[1];
  }
  return { range: [start, pos], text: out };
}

/** An edit that gives a record an explicit TTL (replacing the written one, or inserting one). */
export function ttlEdit(rec: RecordNode, ttl: number): Edit {
  if (rec.ttlStart >= 0) return { range: [rec.ttlStart, rec.ttlEnd], text: String(ttl) };
  // Insert before the class or the type, whichever comes first after the owner.
  const at = rec.classStart >= 0 && rec.classStart < rec.typeStart ? rec.classStart : rec.typeStart;
  return { range: [at, at], text: `${ttl} ` };
}

/** Offset of the start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** True when the record was read from the linted file itself (fixes can edit it). */
export function inRoot(tree: ZoneRoot, rec: RecordNode): boolean {
  return rec.source === tree.source && !(rec as { generatedBy?: unknown }).generatedBy;
}

/** A sub-range of a record (e.g. one field) when the record is in the linted file, else undefined. */
export function subRange(tree: ZoneRoot, rec: RecordNode, start: number, end: number): [number, number] | undefined {
  return rec.source === tree.source && start >= 0 ? [start, end] : undefined;
}

/** The rdata field of a record by name. */
export function field(rec: RecordNode, name: string): RdataField | undefined {
  // Indexed: rules call this for most records of a zone.
  const rdata = rec.rdata;
  for (let i = 0; i < rdata.length; i++) if (rdata[i]!.name === name) return rdata[i];
  return undefined;
}

export const docsUrl = (id: string): string => `https://github.com/zonelint/zonelint/blob/main/docs/rules/${id}.md`;
