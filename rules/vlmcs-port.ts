import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineOf, subRange } from '../src/zone/where.js';
import { KMS_PORT, srvList, vlmcsRRsets } from './lib/util.js';
import { describeAges } from '../src/zone/age.js';

export interface VlmcsPortOptions {
  port: number;
}

function normalise(value: unknown): VlmcsPortOptions {
  if (value === undefined || value === null) return { port: KMS_PORT };
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error('options must be an object, e.g. {"port": 1688}');
  for (const key of Object.keys(value)) if (key !== 'port') throw new Error(`unknown option "${key}" (expected "port")`);
  const port = (value as { port?: unknown }).port;
  if (port === undefined) return { port: KMS_PORT };
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`port must be an integer from 1 to 65535, got ${JSON.stringify(port)}`);
  }
  return { port };
}

export default defineRule({
  meta: {
    id: 'vlmcs-port',
    description: 'A `_vlmcs._tcp` record whose port is not the KMS port (1688, or the `port` option)',
    severity: 'warn',
    presets: { kms: 'warn' },
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('vlmcs-port'),
    options: normalise,
  },
  check(context) {
    const { port: expected } = (context.options ?? { port: KMS_PORT }) as VlmcsPortOptions;
    const { tree } = context;
    for (const rrset of vlmcsRRsets(context.zone)) {
      const owner = rrset[0]!.owner;
      for (const s of srvList(rrset)) {
        if (s.targetKey === '.' || s.port === expected) continue;
        const f = s.fields.port;
        const dflt = expected === KMS_PORT ? `KMS hosts listen on ${KMS_PORT} by default` : `the configured KMS port is ${expected}`;
        context.report({
          node: s.rec,
          range: subRange(tree, s.rec, f.start, f.end),
          message:
            `KMS host ${s.target} (line ${lineOf(s.rec)}) is published in ${owner} on port ${s.port}, but ${dflt}: clients ` +
            `connect to the port in the record, so activation fails unless the host really listens on ${s.port} ` +
            `(slmgr /sprt ${s.port}). A KMS host publishes its own port by dynamic update, so a different port in the zone is ` +
            `usually a hand edit that its next update undoes or duplicates.` +
            describeAges([s.rec], context.zone),
          note: expected === KMS_PORT ? `If the host listens on ${s.port} on purpose, set the rule option {"port": ${s.port}}.` : undefined,
          suggestions: s.rec.source === tree.source ? [{ desc: `Set the port to ${expected}`, fix: { range: [f.start, f.end], text: String(expected) } }] : undefined,
        });
      }
    }
  },
});
