import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineRef } from '../src/zone/where.js';
import { TYPE } from '../src/zone/model.js';
import { recordDeletion } from '../src/lint/ranges.js';

export default defineRule({
  meta: {
    id: 'ds-at-apex',
    description: 'DS record at the zone apex (DS belongs in the parent zone)',
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('ds-at-apex'),
  },
  check(context) {
    const { zone, tree } = context;
    for (const rec of zone.rrset(zone.apex, TYPE.DS)) {
      const deletion = recordDeletion(tree, rec);
      context.report({
        node: rec,
        message: `DS record at the zone apex ${zone.apex} (${lineRef(tree, rec)}): a DS record lives in the parent zone, at the delegation (BIND: "DS record at top of zone"). Publish it at the parent (or as CDS here) and delete it from this zone.`,
        suggestions: deletion ? [{ desc: 'Delete this DS record', fix: deletion }] : undefined,
      });
    }
  },
});
