import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineRef, subRange } from '../src/zone/where.js';
import { splitLabels } from '../src/syntax/name.js';

export default defineRule({
  meta: {
    id: 'wildcard-non-terminal',
    description: 'Wildcard names with names below them, and "*" labels that are not leftmost (not wildcards)',
    severity: 'off',
    presets: { strict: 'warn' },
    fixable: false,
    docs: docsUrl('wildcard-non-terminal'),
  },
  check(context) {
    const { zone, tree } = context;
    for (const entry of zone.names.values()) {
      if (entry.key.indexOf('*') < 0) continue;
      const labels = splitLabels(entry.name);
      const star = labels.indexOf('*', 1);
      const first = entry.records[0]!;
      if (star > 0) {
        context.report({
          node: first,
          range: subRange(tree, first, first.ownerStart, first.ownerEnd),
          message: `${entry.name} (${lineRef(tree, first)}) has a "*" label that is not the leftmost one: only a leftmost "*" makes a wildcard (RFC 4592 §2.1.1); here it is a literal asterisk that matches nothing else.`,
        });
      }
      if (labels[0] === '*' && zone.isNonTerminal(entry.name)) {
        context.report({
          node: first,
          range: subRange(tree, first, first.ownerStart, first.ownerEnd),
          message: `Wildcard ${entry.name} (${lineRef(tree, first)}) has names below it: a name under a wildcard is never synthesised from it and confuses readers (RFC 4592 §2.2.1, §4.2). Give the names below explicit records elsewhere.`,
        });
      }
    }
  },
});
