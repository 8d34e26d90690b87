import { defineRule } from '../src/lint/types.js';
import { combineEdits, docsUrl } from '../src/zone/where.js';
import type { Suggestion } from '../src/lint/types.js';
import { MAX_LISTED, PUBLISH_LIST_KEY, SLMGR_IPK, bounded, byTarget, hostWithLines, kmsDomain, listed, srvPriorityGroups, type Srv } from './lib/util.js';
import { describeAges } from '../src/zone/age.js';

/** `count` priorities above `base`, in steps of 10, that no other group of the RRset uses. */
function backupPriorities(base: number, count: number, used: Set<number>): number[] | undefined {
  const out: number[] = [];
  for (let p = base + 10; out.length < count; p += 10) {
    if (p > 65535) return undefined;
    if (!used.has(p)) out.push(p);
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'srv-priority-collision',
    description: 'Several SRV targets share a priority and all have weight 0: nothing says how clients should split among them',
    severity: 'warn',
    presets: { kms: 'warn' },
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('srv-priority-collision'),
  },
  check(context) {
    const { text } = context;
    // Two distinct targets are needed for a collision: only RRsets of several records.
    for (const { owner, kms, groups } of srvPriorityGroups(context.zone)) {
      const used = new Set(groups.keys());
      for (const [priority, group] of groups) {
        if (group.some((s) => s.weight !== 0)) continue;
        const hosts = [...byTarget(group).values()];
        if (hosts.length < 2) continue;
        const listing = listed(hosts.map((h) => hostWithLines(h[0]!.target, h.map((s) => s.rec))));
        let message =
          `${hosts.length} hosts share priority ${priority} in ${owner} and every weight is 0: ${listing}. ` +
          `Nothing says how clients should split among them (RFC 2782): give them distinct priorities (primary and backup) ` +
          `or explicit weights.`;
        if (kms) {
          message +=
            ` For ${owner} this is exactly the rogue KMS host pattern: every KMS host publishes itself at priority 0, ` +
            `weight 0, so a machine installed by mistake with a KMS host key joins the group, and requests split among ` +
            `the hosts can leave each below its activation threshold (25 client-OS / 5 server-OS requests): nothing ` +
            `activates. Remove a rogue host with \`${SLMGR_IPK}\` on it, then delete its record. Set priorities or ` +
            `weights lastingly with DnsDomainPublishList on each KMS host: editing the zone alone is undone by the ` +
            `host's next dynamic update.`;
        }
        const suggestions: Suggestion[] = [];
        const domain = kmsDomain(owner);
        const publish = (values: [Srv[], number, number][]) =>
          `; make it last with DnsDomainPublishList (REG_MULTI_SZ under ${PUBLISH_LIST_KEY}) on each host: ` +
          listed(values.map(([h, p, w]) => `${h[0]!.target} "${domain}, ${p}, ${w}"`)) +
          ', then restart the Software Protection service';
        // One "make H the primary" per host (the first MAX_LISTED hosts), each one edit of the group.
        for (const primary of hosts.slice(0, MAX_LISTED)) {
          const backups = backupPriorities(
            priority,
            hosts.length - 1,
            new Set([...used].filter((p) => p !== priority)),
          );
          if (!backups) break;
          const assigned: [Srv[], number, number][] = [];
          let k = 0;
          for (const h of hosts) assigned.push([h, h === primary ? priority : backups[k++]!, 0]);
          const edits = assigned.flatMap(([h, p]) =>
            p === priority ? [] : h.map((s) => ({ range: [s.fields.priority.start, s.fields.priority.end] as [number, number], text: String(p) })),
          );
          const fix = bounded(combineEdits(text, edits));
          if (!fix || hosts.some((h) => h.some((s) => s.rec.source !== context.tree.source))) continue;
          let desc =
            `Make ${primary[0]!.target} the primary (priority ${priority}) and the others backups: ` +
            listed(assigned.filter(([h]) => h !== primary).map(([h, p]) => `${h[0]!.target} priority ${p}`));
          if (kms) desc += publish(assigned);
          suggestions.push({ desc, fix });
        }
        const share = Math.max(1, Math.floor(100 / hosts.length));
        const fix = bounded(
          combineEdits(
            text,
            group.map((s) => ({ range: [s.fields.weight.start, s.fields.weight.end] as [number, number], text: String(share) })),
          ),
        );
        if (fix && !group.some((s) => s.rec.source !== context.tree.source)) {
          let desc = `Split evenly with explicit weights: set weight ${share} on ${listed(hosts.map((h) => h[0]!.target))}`;
          if (kms) desc += publish(hosts.map((h) => [h, priority, share]));
          suggestions.push({ desc, fix });
        }
        if (kms) message += describeAges(group.map((s) => s.rec), context.zone);
        context.report({ node: hosts[1]![0]!.rec, message, suggestions });
      }
    }
  },
});
