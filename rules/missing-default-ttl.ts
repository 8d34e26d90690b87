import { defineRule } from '../src/lint/types.js';
import { docsUrl, field, lineRef, lineStart } from '../src/zone/where.js';
import type { RecordNode } from '../src/syntax/types.js';

export default defineRule({
  meta: {
    id: 'missing-default-ttl',
    description: 'No $TTL directive before records that do not give a TTL (RFC 2308 §4)',
    severity: 'warn',
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('missing-default-ttl'),
    // The parser's "no TTL, using the SOA minimum" warning.
    replacesParserWarning: /^no TTL specified and no \$TTL/,
  },
  check(context) {
    const { tree, zone, text } = context;
    let firstRecord: RecordNode | undefined;
    for (const node of tree.children) {
      if (node.type === 'directive' && node.name === '$TTL') return;
      if (node.type !== 'record') continue;
      firstRecord ??= node;
      if (node.ttlSource === 'explicit') continue;
      const soa = zone.soa[0];
      const min = soa ? field(soa, 'minimum')?.value : undefined;
      const first = firstRecord;
      const at = first.source === tree.source ? lineStart(text, first.start) : undefined;
      const how =
        node.ttlSource === 'soa-minimum'
          ? `takes the SOA minimum (${node.ttl}) as its TTL, as BIND does ("no TTL specified; using SOA MINTTL instead")`
          : `takes the TTL of the record before it (RFC 1035 semantics, ${node.ttl})`;
      context.report({
        node,
        message: `No $TTL directive: the ${node.rrtype} record on ${lineRef(tree, node)} has no TTL and ${how}; Knot and other tools may differ. Add a $TTL line at the top of the file (RFC 2308 §4).`,
        suggestions:
          at !== undefined && typeof min === 'number'
            ? [{ desc: `Insert "$TTL ${min}" (the SOA minimum) before the first record`, fix: { range: [at, at], text: `$TTL ${min}\n` } }]
            : undefined,
      });
      return;
    }
  },
});
