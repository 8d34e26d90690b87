import { unified } from 'unified';
import { zonelint, type PluginOptions } from './plugin.js';

/** A processor that parses and lints zone files (no compiler: zonelint never re-prints zones). */
export function createProcessor(options?: PluginOptions) {
  return unified().use(zonelint, options).freeze();
}
