import { defineRule } from '../src/lint/types.js';
import { docsUrl } from '../src/zone/where.js';
import { reportTtlsAbove } from '../src/zone/ttl-limit.js';
import { parseTtl } from '../src/syntax/ttl.js';

interface Options {
  max: number;
}
const DEFAULT: Options = { max: 604800 };

export default defineRule({
  meta: {
    id: 'ttl-max',
    description: 'TTL above a configured maximum (like BIND max-zone-ttl); default 1 week',
    severity: 'off',
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('ttl-max'),
    options(value: unknown): Options {
      if (value === undefined) return DEFAULT;
      const raw = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
      if (!raw) throw new Error('ttl-max: options must be an object {max}');
      for (const k of Object.keys(raw)) if (k !== 'max') throw new Error(`ttl-max: unknown option "${k}" (expected max)`);
      const m = raw.max;
      if (m === undefined) return DEFAULT;
      if (typeof m === 'number' && Number.isInteger(m) && m >= 0) return { max: m };
      if (typeof m === 'string') {
        const v = parseTtl(m);
        if (typeof v === 'number') return { max: v };
      }
      throw new Error('ttl-max: option "max" must be a number of seconds or a duration such as "1d"');
    },
  },
  check(context) {
    const { max } = (context.options as Options | undefined) ?? DEFAULT;
    reportTtlsAbove(context, max, () => `exceeds the configured maximum of ${max} seconds (ttl-max; BIND: max-zone-ttl)`);
  },
});
