import { defineRule } from '../src/lint/types.js';
import { deleteRecordsEdit } from '../src/lint/ranges.js';
import { docsUrl, lineOf, subRange } from '../src/zone/where.js';
import type { Suggestion } from '../src/lint/types.js';
import { TYPE } from '../src/zone/model.js';
import { rdataKey } from '../src/zone/rdata-key.js';
import { nameKey, parseName, splitLabels } from '../src/syntax/name.js';
import type { RecordNode } from '../src/syntax/types.js';
import { vlmcsMisnaming } from './lib/vlmcs-name.js';
import { describeAges } from '../src/zone/age.js';

/** The owner as written with its first `replace` labels replaced by `_vlmcs._tcp`, or undefined when not possible. */
function correctedWritten(text: string, rec: RecordNode, replace: number, corrected: string): string | undefined {
  if (rec.ownerStart < 0) return undefined;
  const w = text.slice(rec.ownerStart, rec.ownerEnd);
  if (w === '@' || w === '') return undefined;
  let backslashes = 0;
  for (let i = w.length - 2; i >= 0 && w[i] === '\\'; i--) backslashes++;
  const absolute = w.endsWith('.') && backslashes % 2 === 0;
  const labels = splitLabels(absolute ? w : w + '.');
  if (labels.length < replace) return undefined;
  const out = ['_vlmcs', '_tcp', ...labels.slice(replace)].join('.') + (absolute ? '.' : '');
  const ownerLabels = splitLabels(rec.owner);
  const rest = ownerLabels.slice(labels.length);
  const origin = absolute ? '.' : rest.length ? rest.join('.') + '.' : '.';
  const parsed = parseName(out, origin);
  if (parsed.name === undefined || nameKey(parsed.name) !== nameKey(corrected)) return undefined;
  return out;
}

export default defineRule({
  meta: {
    id: 'vlmcs-misnamed',
    description: 'SRV records at a name that looks like the KMS name `_vlmcs._tcp` but is not looked up by clients',
    severity: 'error',
    presets: { kms: 'error' },
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('vlmcs-misnamed'),
  },
  check(context) {
    const { tree, text, zone } = context;
    // Indexed: no iterator result per item (see Rule.check).
    const rrsets = zone.rrsetsOfType(TYPE.SRV);
    for (let n = 0; n < rrsets.length; n++) {
      const rrset = rrsets[n]!;
      const m = vlmcsMisnaming(rrset[0]!.owner);
      if (!m) continue;
      const right = new Map<string, RecordNode>();
      for (const r of zone.rrset(m.corrected, TYPE.SRV)) if (!right.has(rdataKey(r))) right.set(rdataKey(r), r);
      for (const rec of rrset) {
        const suggestions: Suggestion[] = [];
        const existing = right.get(rdataKey(rec));
        if (existing) {
          const fix = deleteRecordsEdit(tree, [rec]);
          if (fix) suggestions.push({ desc: `Delete this record: ${m.corrected} already has the same record (line ${lineOf(existing)})`, fix });
        } else {
          const fixed = correctedWritten(text, rec, m.replace, m.corrected);
          if (fixed !== undefined && rec.source === tree.source) {
            suggestions.push({ desc: `Rename the owner to ${fixed}`, fix: { range: [rec.ownerStart, rec.ownerEnd], text: fixed } });
          }
        }
        context.report({
          node: rec,
          range: rec.ownerStart >= 0 ? subRange(tree, rec, rec.ownerStart, rec.ownerEnd) : undefined,
          message:
            `${rec.owner} (line ${lineOf(rec)}) looks like a KMS SRV record, but KMS clients only look up ${m.corrected}: ` +
            `${m.reason}, so this record is never used.` +
            describeAges([rec], context.zone),
          suggestions,
        });
      }
    }
  },
});
