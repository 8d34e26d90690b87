import { defineRule } from '../src/lint/types.js';
import { docsUrl } from '../src/zone/where.js';
import { reportTtlsAbove } from '../src/zone/ttl-limit.js';

const MAX = 2147483647;

export default defineRule({
  meta: {
    id: 'ttl-range',
    description: 'TTL larger than 2^31-1 (RFC 2181 §8: resolvers treat it as 0)',
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('ttl-range'),
  },
  check(context) {
    reportTtlsAbove(context, MAX, () => `is larger than 2147483647 (2^31-1): RFC 2181 §8 has resolvers treat such a TTL as 0`);
  },
});
