import { defineRule } from '../src/lint/types.js';
import { deleteRecordsEdit } from '../src/lint/ranges.js';
import { combineEdits, docsUrl, field, lineOf, subRange } from '../src/zone/where.js';
import type { Suggestion } from '../src/lint/types.js';
import { TYPE } from '../src/zone/model.js';
import { byTarget, hostWithLines, listed, srvList } from './lib/util.js';

export default defineRule({
  meta: {
    id: 'srv-null-target',
    description: 'An SRV record with target "." (service not available) next to other records, or with non-zero priority/weight/port',
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('srv-null-target'),
  },
  check(context) {
    const { tree, text } = context;
    // Indexed: no iterator result per item (see Rule.check).
    const rrsets = context.zone.rrsetsOfType(TYPE.SRV);
    for (let i = 0; i < rrsets.length; i++) {
      const rrset = rrsets[i]!;
      // Only RRsets with a "." target concern this rule: look for one before building the typed list.
      if (!rrset.some((r) => field(r, 'target')?.value === '.')) continue;
      const list = srvList(rrset);
      // Only RRsets with a "." target concern this rule.
      if (!list.some((s) => s.targetKey === '.')) continue;
      const owner = rrset[0]!.owner;
      const hosts = [...byTarget(list.filter((s) => s.targetKey !== '.')).values()];
      for (const s of list) {
        if (s.targetKey !== '.') continue;
        const nonZero = s.priority !== 0 || s.weight !== 0 || s.port !== 0;
        if (hosts.length === 0 && !nonZero) continue;
        const problems: string[] = [];
        const suggestions: Suggestion[] = [];
        if (hosts.length > 0) {
          problems.push(
            `the RRset also has ${listed(hosts.map((h) => hostWithLines(h[0]!.target, h.map((x) => x.rec))))}, so the zone ` +
              `says both that the service exists and that it does not; clients may try "." or give up`,
          );
          const fix = deleteRecordsEdit(tree, [s.rec]);
          if (fix) suggestions.push({ desc: `Delete the "." record (line ${lineOf(s.rec)}) and keep the hosts`, fix });
        }
        if (nonZero) {
          problems.push(`priority, weight and port are ${s.priority} ${s.weight} ${s.port}, but a "service not available" record is written 0 0 0 .`);
          const edits = (['priority', 'weight', 'port'] as const)
            .filter((k) => s[k] !== 0)
            .map((k) => ({ range: [s.fields[k].start, s.fields[k].end] as [number, number], text: '0' }));
          const fix = combineEdits(text, edits);
          if (fix && s.rec.source === tree.source) suggestions.push({ desc: 'Set priority, weight and port to 0', fix });
        }
        context.report({
          node: s.rec,
          range: subRange(tree, s.rec, s.fields.target.start, s.fields.target.end),
          message: `${owner} SRV record on line ${lineOf(s.rec)} has target "." ("service not available", RFC 2782), but ${problems.join('; and ')}.`,
          suggestions,
        });
      }
    }
  },
});
