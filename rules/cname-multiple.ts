import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineRef } from '../src/zone/where.js';
import { TYPE } from '../src/zone/model.js';
import { reportExtraRecords } from './lib/util.js';

export default defineRule({
  meta: {
    id: 'cname-multiple',
    description: 'More than one CNAME record at a name',
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('cname-multiple'),
  },
  check(context) {
    const { zone, tree } = context;
    // Indexed: no iterator result per item (see Rule.check).
    const rrsets = zone.rrsetsOfType(TYPE.CNAME);
    for (let i = 0; i < rrsets.length; i++) {
      const set = rrsets[i]!;
      reportExtraRecords(
        context,
        set,
        'CNAME',
        (rec, first) =>
          `Second CNAME for ${rec.owner} (to ${String(rec.rdata[0]?.value)}) on ${lineRef(tree, rec)}: the name already has a CNAME on ${lineRef(tree, first)} (to ${String(first.rdata[0]?.value)}). A name can be an alias of one name only.`,
      );
    }
  },
});
