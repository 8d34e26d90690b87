// The unified plugin: zone parser as the processor's parser, and one transformer that runs the rules chosen
// by the resolved configuration. Config layers arrive as plugin options from unified-engine (the nearest
// config file) and from the command line.
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { createIncludeReader } from '../syntax/include.js';
import type { ZoneRoot } from '../syntax/types.js';
import { ConfigError, resolveConfig, type ConfigLayer, type RawConfig, type ResolvedConfig } from '../lint/config.js';
import { markSyntaxFatal, reportParse, runRules } from '../lint/run.js';
import { builtinRules } from '../../rules/index.js';
import { parseZoneFile } from './origin.js';
import { resolve } from 'node:path';

export interface CliSettings {
  origin?: string;
  includeRoot?: string;
  /** `--rule` overrides, applied over the config file. */
  rules?: Record<string, unknown>;
  /** Settings from flags (e.g. `asOf` from --as-of), applied over the config file's `settings`. */
  settings?: Record<string, unknown>;
  /** Collects configuration errors (the CLI exits 2 when any). */
  configErrors?: { add(message: string): void };
  /** Receives each file's resolved config (for --print-config). */
  onConfig?: (file: VFile, config: ResolvedConfig) => void;
}

export interface PluginOptions {
  config?: { raw: RawConfig; dir: string; file?: string };
  cli?: CliSettings;
}

const cache = new Map<string, Promise<ResolvedConfig>>();

function resolveLayers(options: PluginOptions): Promise<ResolvedConfig> {
  const layers: ConfigLayer[] = [];
  if (options.config) layers.push({ config: options.config.raw, dir: options.config.dir, file: options.config.file });
  const cliRules = options.cli?.rules && Object.keys(options.cli.rules).length ? options.cli.rules : undefined;
  if (cliRules || options.cli?.settings) {
    const config: RawConfig = {};
    if (cliRules) config.rules = cliRules as RawConfig['rules'];
    if (options.cli?.settings) config.settings = options.cli.settings;
    layers.push({ config, dir: process.cwd() });
  }
  const key = JSON.stringify(layers.map((l) => [l.file ?? l.dir, l.config]));
  let p = cache.get(key);
  if (!p) {
    p = resolveConfig(layers, builtinRules);
    cache.set(key, p);
  }
  return p;
}

export const zonelint = function (this: unknown, options: PluginOptions = {}) {
  const cli = options.cli ?? {};
  const readInclude = createIncludeReader({ root: cli.includeRoot });
  // eslint-disable-next-line @typescript-eslint/no-this-alias
  const self = this as unknown as { parser: (doc: string, file: VFile) => ZoneRoot };
  self.parser = (doc: string, file: VFile) => {
    // Absolute: relative $INCLUDEs resolve against this file's directory, not the process's.
    const tree = parseZoneFile(doc, file.path ? resolve(file.cwd, file.path) : undefined, { origin: cli.origin, readInclude });
    reportParse(tree, file);
    return tree;
  };
  return async (tree: ZoneRoot, file: VFile) => {
    let config: ResolvedConfig;
    try {
      config = await resolveLayers(options);
    } catch (e) {
      if (e instanceof ConfigError && cli.configErrors) {
        cli.configErrors.add(e.message);
        markSyntaxFatal(file);
        return;
      }
      throw e;
    }
    cli.onConfig?.(file, config);
    await runRules(tree, file, config);
  };
} as unknown as Plugin<[PluginOptions?], string, ZoneRoot>;
