import { defineRule } from '../src/lint/types.js';
import { deleteRecordsEdit } from '../src/lint/ranges.js';
import { docsUrl, lineOf, subRange } from '../src/zone/where.js';
import type { Suggestion } from '../src/lint/types.js';
import { MAX_LISTED, PUBLISH_LIST_KEY, SLMGR_IPK, kmsDomain, listed, srvPriorityGroups, type Srv } from './lib/util.js';
import { describeAges } from '../src/zone/age.js';

export default defineRule({
  meta: {
    id: 'srv-zero-weight',
    description: 'An SRV record with weight 0 next to records with weight > 0 at the same priority: it is almost never chosen',
    severity: 'warn',
    presets: { kms: 'warn' },
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('srv-zero-weight'),
  },
  check(context) {
    const { tree } = context;
    // A record is starved only by another record of its RRset: only RRsets of several records.
    for (const { owner, kms, groups } of srvPriorityGroups(context.zone)) {
      for (const [priority, group] of groups) {
        const positive = group.filter((s) => s.weight > 0);
        if (positive.length === 0) continue;
        const positiveTargets = new Map<string, number>();
        for (const p of positive) positiveTargets.set(p.targetKey, (positiveTargets.get(p.targetKey) ?? 0) + 1);
        // Highest weights of two different targets, so that "the largest other weight" is O(1) per record.
        let best: Srv | undefined;
        let second: Srv | undefined;
        for (const p of positive) {
          if (!best || p.weight > best.weight) {
            if (best && best.targetKey !== p.targetKey) second = best;
            best = p;
          } else if (p.targetKey !== best.targetKey && (!second || p.weight > second.weight)) second = p;
        }
        for (const s of group) {
          if (s.weight !== 0) continue;
          // The same host with another weight is a duplicate (vlmcs-duplicate), not a starved host.
          const count = positive.length - (positiveTargets.get(s.targetKey) ?? 0);
          if (count === 0) continue;
          const starvers: string[] = [];
          for (const o of positive) {
            if (o.targetKey === s.targetKey) continue;
            starvers.push(`${o.target} (line ${lineOf(o.rec)}, weight ${o.weight})`);
            if (starvers.length > MAX_LISTED) break;
          }
          const listing = listed(starvers.slice(0, MAX_LISTED)) + (count > MAX_LISTED ? ` and ${count - MAX_LISTED} more` : '');
          const weight = (best!.targetKey !== s.targetKey ? best! : second!).weight;
          const line = lineOf(s.rec);
          let message =
            `${s.target} (line ${line}) has weight 0 at priority ${priority} in ${owner}, where ${listing} ` +
            `${count > 1 ? 'have' : 'has'} weight > 0: weights are relative (RFC 2782), and a weight-0 record gets ` +
            `only a very small chance when others in its priority have weight > 0, so ${s.target} will almost never be chosen.`;
          if (kms) {
            message +=
              ` For ${owner} this is also the known workaround to starve a rogue KMS host; the real fix is removing the ` +
              `rogue host: run \`${SLMGR_IPK}\` on it and delete its record.`;
          }
          let desc = `Set the weight of ${s.target} (line ${line}) to ${weight}, an explicit share`;
          if (kms) {
            desc +=
              `; to make it last, set DnsDomainPublishList on ${s.target} to "${kmsDomain(owner)}, ${priority}, ${weight}" ` +
              `(REG_MULTI_SZ under ${PUBLISH_LIST_KEY}) and restart the Software Protection service, or its next dynamic ` +
              `update restores weight 0`;
          }
          const suggestions: Suggestion[] = [{ desc, fix: { range: [s.fields.weight.start, s.fields.weight.end], text: String(weight) } }];
          if (kms) {
            const fix = deleteRecordsEdit(tree, [s.rec]);
            if (fix) {
              suggestions.push({
                desc: `Delete the record of ${s.target} (line ${line}) if it is a rogue KMS host, after running \`${SLMGR_IPK}\` on it`,
                fix,
              });
            }
          }
          if (kms) message += describeAges([s.rec], context.zone);
          context.report({ node: s.rec, range: subRange(tree, s.rec, s.fields.weight.start, s.fields.weight.end), message, suggestions });
        }
      }
    }
  },
});
