// Inline control comments, ESLint's spelling, applied with unified-message-control:
//   ; zonelint-disable rule-a, rule-b      ; zonelint-enable rule-a
//   ; zonelint-disable-next-line rule-a    <record> ; zonelint-disable-line rule-a
// unified-message-control walks a tree of markers; we hand it a small tree of our own (markers and the records
// they govern, in source order) because a trailing `disable-line` comment must act on the record before it.
import { messageControl } from 'unified-message-control';
import type { VFile } from 'vfile';
import type { CommentNode, ZoneNode, ZoneRoot } from '../syntax/types.js';
import { SOURCE } from './run.js';

interface ControlNode {
  type: string;
  verb?: string;
  position: { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } };
  children?: ControlNode[];
}

const DIRECTIVE = /^\s*zonelint-(disable-next-line|disable-line|disable|enable)(?=\s|$)(.*)$/;

function ruleList(text: string): string {
  // `-- reason` ends the list, as in ESLint.
  const i = text.indexOf('--');
  const list = i >= 0 ? text.slice(0, i) : text;
  return list.split(/[\s,]+/).filter(Boolean).join(' ');
}

export function applyInlineControl(tree: ZoneRoot, file: VFile, known: string[]): void {
  const src = tree.source;
  const text = src.text;
  // Most files have no control comments: find out without copying a million-node list (only comments of the
  // linted file count: a search of its text rules most files out, the comment nodes decide).
  if (text.indexOf('zonelint-') < 0) return;
  let found = false;
  // Indexed: no iterator result per item (see Rule.check).
  const all = tree.children;
  for (let i = 0; i < all.length; i++) {
    const c = all[i]!;
    if (c.type === 'comment' && c.source === src && (c as CommentNode).value.includes('zonelint-')) {
      found = true;
      break;
    }
  }
  if (!found) return;
  const children = tree.children.filter((c) => c.source === src);
  const out: ControlNode[] = [];
  const pos = (a: number, b: number) => ({ start: src.point(a), end: src.point(b) });
  let any = false;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (c.type !== 'comment') continue;
    const m = DIRECTIVE.exec((c as CommentNode).value);
    if (!m) continue;
    any = true;
    const verb = m[1]!;
    const rules = ruleList(m[2] ?? '');
    if (verb === 'disable' || verb === 'enable') {
      out.push({ type: 'marker', verb: `${verb} ${rules}`.trim(), position: pos(c.start, c.end) });
    } else if (verb === 'disable-next-line') {
      const next = children.slice(i + 1).find((n) => n.type !== 'comment' && n.start > c.end);
      if (!next) continue;
      out.push({ type: 'marker', verb: `ignore ${rules}`.trim(), position: pos(c.start, c.end) });
      out.push({ type: 'target', position: pos(next.start, next.end) });
    } else {
      // disable-line: the line of the comment, and the whole record the comment trails.
      const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
      let owner: ZoneNode | undefined;
      for (let k = i - 1; k >= 0; k--) {
        const p = children[k]!;
        if (p.type === 'comment') continue;
        if (p.end >= lineStart || p.start >= lineStart) owner = p;
        break;
      }
      const from = owner ? Math.min(owner.start, lineStart) : lineStart;
      const lineEnd = text.indexOf('\n', c.end);
      const to = Math.max(owner ? owner.end : 0, lineEnd < 0 ? text.length : lineEnd);
      out.push({ type: 'marker', verb: `ignore ${rules}`.trim(), position: pos(from, from) });
      out.push({ type: 'target', position: pos(from, to) });
    }
  }
  if (!any) return;
  // Marks must be in source order for the control's "last mark before the message" lookup.
  const pairs: ControlNode[][] = [];
  for (let i = 0; i < out.length; i++) {
    if (out[i + 1]?.type === 'target') {
      pairs.push([out[i]!, out[i + 1]!]);
      i++;
    } else pairs.push([out[i]!]);
  }
  pairs.sort((a, b) => a[0]!.position.start.offset - b[0]!.position.start.offset);
  const controlTree: ControlNode = {
    type: 'root',
    // No end offset: the stretch after the last node must not count as a gap (see syntax/parser.ts).
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1 } as never },
    children: pairs.flat(),
  };
  messageControl(controlTree as never, {
    file,
    name: 'zonelint',
    known,
    source: SOURCE,
    test: 'marker',
    marker: (node: unknown) => {
      const n = node as ControlNode;
      return n.type === 'marker' ? { name: 'zonelint', attributes: n.verb ?? '' } : null;
    },
  } as never);
  // Say it in our words: the library's text names its internal verb ("ignore") rather than the comment's.
  for (const m of file.messages) {
    if (m.source === 'unified-message-control' && m.ruleId === 'known') {
      const id = /`'([^']*)'`/.exec(m.reason)?.[1];
      m.reason = `Unknown rule "${id}" in a zonelint-disable/enable comment`;
      m.ruleId = 'unknown-rule';
      m.source = SOURCE;
      m.fatal = true;
    }
  }
}
