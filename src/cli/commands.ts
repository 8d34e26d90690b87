// Subcommands (`zonelint <name> ...`), loaded lazily. Each gets its own arguments and the I/O of the CLI and
// returns an exit code. The default command (no name) is lint.
import type { Io } from './main.js';

export type Command = (argv: string[], io: Io) => Promise<number> | number;

export const COMMANDS: Record<string, () => Promise<Command>> = {
  dump: async () => (await import('./dump.js')).dumpCommand,
  export: async () => (await import('./interop.js')).exportCommand,
  import: async () => (await import('./interop.js')).importCommand,
};
