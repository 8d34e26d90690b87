import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineRef } from '../src/zone/where.js';
import { TYPE } from '../src/zone/model.js';
import { reportExtraRecords } from './lib/util.js';

export default defineRule({
  meta: {
    id: 'dname-multiple',
    description: 'More than one DNAME record at a name',
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('dname-multiple'),
  },
  check(context) {
    const { zone, tree } = context;
    for (const set of zone.rrsetsOfType(TYPE.DNAME)) {
      reportExtraRecords(
        context,
        set,
        'DNAME',
        (rec, first) =>
          `Second DNAME for ${rec.owner} (to ${String(rec.rdata[0]?.value)}) on ${lineRef(tree, rec)}: the name already has a DNAME on ${lineRef(tree, first)} (to ${String(first.rdata[0]?.value)}). A subtree can be redirected to one place only (RFC 6672 §2.4).`,
      );
    }
  },
});
