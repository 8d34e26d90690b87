import { defineRule } from '../src/lint/types.js';
import { docsUrl } from '../src/zone/where.js';
import { deleteRecordsEdit } from '../src/lint/ranges.js';
import type { RuleContext, Suggestion } from '../src/lint/types.js';
import { nameKey, parseName } from '../src/syntax/name.js';
import { MAX_LISTED, SLMGR_IPK, bounded, byTarget, hostWithLines, listed, srvList, type Srv, vlmcsRRsets } from './lib/util.js';
import { describeAges } from '../src/zone/age.js';

export interface VlmcsMultipleHostsOptions {
  /** Allowed KMS hosts as absolute names (trailing dot added), or undefined when the option is not set. */
  allowedHosts?: string[];
}

function normalise(value: unknown): VlmcsMultipleHostsOptions {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('options must be an object, e.g. {"allowedHosts": ["kms01.corp.example."]}');
  }
  for (const key of Object.keys(value)) {
    if (key !== 'allowedHosts') throw new Error(`unknown option "${key}" (expected "allowedHosts")`);
  }
  const hosts = (value as { allowedHosts?: unknown }).allowedHosts;
  if (hosts === undefined) return {};
  if (!Array.isArray(hosts)) {
    throw new Error('allowedHosts must be an array of host names (FQDNs, trailing dot optional), e.g. ["kms01.corp.example."]');
  }
  const out: string[] = [];
  hosts.forEach((h: unknown, i) => {
    if (typeof h !== 'string' || h.trim() === '') {
      throw new Error(`allowedHosts[${i}] must be a host name (a non-empty string), got ${JSON.stringify(h)}`);
    }
    const text = h.trim();
    const parsed = parseName(text.endsWith('.') ? text : text + '.', '.');
    if (parsed.error !== undefined || text === '.' || text === '@') {
      throw new Error(`allowedHosts[${i}]: "${h}" is not a valid host name${parsed.error ? ` (${parsed.error})` : ''}`);
    }
    out.push(parsed.name!);
  });
  return { allowedHosts: out };
}

const THRESHOLD =
  'Clients pick one host by priority and weight, so activation requests are split among the hosts, and a KMS host only ' +
  'activates clients once it has counted 25 client-OS (5 server-OS) requests: split, every host can stay below its ' +
  'threshold and nothing activates.';

const ROGUE =
  `A machine installed by mistake with a KMS host key becomes a rogue KMS host and publishes its own record: run ` +
  `\`${SLMGR_IPK}\` on it to make it a KMS client again, then delete its record (until then it re-publishes it ` +
  `by dynamic update about every 24 h).`;

function deleteSuggestion(context: RuleContext, host: Srv[]): Suggestion | undefined {
  const fix = bounded(
    deleteRecordsEdit(
      context.tree,
      host.map((s) => s.rec),
    ),
  );
  if (!fix) return undefined;
  const target = host[0]!.target;
  return {
    desc: `Delete the record of ${hostWithLines(target, host.map((s) => s.rec))}; first run \`${SLMGR_IPK}\` on ${target} if it is a rogue KMS host`,
    fix,
  };
}

export default defineRule({
  meta: {
    id: 'vlmcs-multiple-hosts',
    description: 'More than one KMS host in a `_vlmcs._tcp` RRset (or a host outside `allowedHosts`: a rogue KMS host)',
    severity: 'warn',
    presets: { kms: 'warn' },
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('vlmcs-multiple-hosts'),
    options: normalise,
  },
  check(context) {
    const options = (context.options ?? {}) as VlmcsMultipleHostsOptions;
    const allowed = options.allowedHosts ? new Set(options.allowedHosts.map(nameKey)) : undefined;
    for (const rrset of vlmcsRRsets(context.zone)) {
      const owner = rrset[0]!.owner;
      const hosts = [...byTarget(srvList(rrset).filter((s) => s.targetKey !== '.')).values()];
      // Made only for a message: line numbers index the whole file on first use.
      const listing = () => listed(hosts.map((h) => hostWithLines(h[0]!.target, h.map((s) => s.rec))));
      if (allowed) {
        for (const host of hosts) {
          if (allowed.has(host[0]!.targetKey)) continue;
          const target = host[0]!.target;
          const suggestion = deleteSuggestion(context, host);
          context.report({
            node: host[0]!.rec,
            message:
              `Rogue KMS host ${hostWithLines(target, host.map((s) => s.rec))} in ${owner}: it is not in allowedHosts ` +
              `(${listed(options.allowedHosts!) || 'empty'}). Hosts published there: ${listing()}. ${ROGUE} ${hosts.length > 1 ? THRESHOLD : ''}`.trimEnd() +
              describeAges(rrset, context.zone),
            suggestions: suggestion ? [suggestion] : undefined,
            note: `If ${target} is a KMS host on purpose, add it to the rule's allowedHosts option.`,
            // A host outside the list the user approved is a rogue host: an error whatever the rule's severity.
            severity: 'error',
          });
        }
        continue;
      }
      if (hosts.length < 2) continue;
      const suggestions: Suggestion[] = [];
      for (const host of hosts.slice(0, MAX_LISTED)) {
        const s = deleteSuggestion(context, host);
        if (s) suggestions.push(s);
      }
      const names = hosts.slice(0, MAX_LISTED).map((h) => JSON.stringify(h[0]!.target));
      context.report({
        node: hosts[1]![0]!.rec,
        message: `${hosts.length} KMS hosts are published in ${owner}: ${listing()}. ${THRESHOLD} ${ROGUE}` + describeAges(rrset, context.zone),
        suggestions,
        note: `If every host is a KMS host on purpose, list them in the rule's options: "vlmcs-multiple-hosts": ["warn", {"allowedHosts": [${names.join(', ')}]}].`,
      });
    }
  },
});
