// Shared by ttl-range and ttl-max: find the records whose TTL exceeds a limit and say where the TTL was
// written — on the record, in the $TTL directive it took its TTL from, or in the SOA minimum.
import type { DirectiveNode, RecordNode, ZoneRoot } from '../syntax/types.js';
import type { RuleContext, Suggestion } from '../lint/types.js';
import { field, lineRef } from './where.js';

export function reportTtlsAbove(
  context: RuleContext,
  limit: number,
  describe: (ttl: number) => string,
): void {
  const tree: ZoneRoot = context.tree;
  let ttlDirective: DirectiveNode | undefined;
  const reportedDirectives = new Set<DirectiveNode>();
  const children = tree.children;
  // Indexed: no iterator result per item (see Rule.check).
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === 'directive') {
      if (node.name === '$TTL') ttlDirective = node;
      continue;
    }
    if (node.type !== 'record') continue;
    const rec: RecordNode = node;
    if (rec.ttl <= limit) continue;
    const inRoot = rec.source === tree.source;
    const fixTo = (range: [number, number]): Suggestion[] => [{ desc: `Set the TTL to ${limit}`, fix: { range, text: String(limit) } }];
    switch (rec.ttlSource) {
      case 'explicit': {
        const range: [number, number] | undefined = inRoot ? [rec.ttlStart, rec.ttlEnd] : undefined;
        context.report({
          node: rec,
          range,
          message: `${rec.rrtype} record for ${rec.owner} on ${lineRef(tree, rec)}: TTL ${rec.ttl} ${describe(rec.ttl)}.`,
          suggestions: range ? fixTo(range) : undefined,
        });
        break;
      }
      case '$TTL': {
        if (!ttlDirective || reportedDirectives.has(ttlDirective)) break;
        reportedDirectives.add(ttlDirective);
        const arg = ttlDirective.args[0];
        const range: [number, number] | undefined = arg && ttlDirective.source === tree.source ? [arg.start, arg.end] : undefined;
        context.report({
          node: rec,
          message: `${rec.rrtype} record for ${rec.owner} on ${lineRef(tree, rec)} (and the records after it) takes TTL ${rec.ttl} from the $TTL on ${lineRef(tree, ttlDirective)}, which ${describe(rec.ttl)}.`,
          suggestions: range ? [{ desc: `Set $TTL to ${limit}`, fix: { range, text: String(limit) } }] : undefined,
        });
        break;
      }
      case 'soa-minimum': {
        const f = field(rec, 'minimum');
        context.report({
          node: rec,
          message: `${rec.rrtype} record for ${rec.owner} on ${lineRef(tree, rec)} takes TTL ${rec.ttl} from the SOA minimum (no $TTL), which ${describe(rec.ttl)}.`,
          suggestions: f && inRoot ? fixTo([f.start, f.end]) : undefined,
        });
        break;
      }
      default:
        // 'previous' / 'default': the TTL came from a record or directive reported above.
        break;
    }
  }
}
