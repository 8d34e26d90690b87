// The processor unified-language-server runs on each open document. unified-language-server passes no
// `configTransform`/`defaultConfig` to unified-engine, and zonelint's config files are ESLint-shaped (their
// `plugins` are rule modules, not unified plugins), so it must not read them itself (index.ts gives it no
// rcName/packageField). Instead this processor lints the document through the CLI's engine wiring
// (runEngine: the same discovery of `.zonelintrc*`, package.json `zonelint` and `.zonelintignore`) and hands
// the messages (with their fixes) to unified-language-server, which publishes them as diagnostics.
import { unified, type Plugin } from 'unified';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { lintDocument } from './lint.js';
import { ConfigError } from '../lint/config.js';
import { markSyntaxFatal } from '../lint/run.js';

const zonelintLanguageServer = function (this: unknown) {
  // The real parse happens in lintDocument; unified-engine only needs some tree to pass on.
  (this as unknown as { parser: () => Node }).parser = () => ({ type: 'root' });
  return async (_tree: Node, file: VFile) => {
    if (!file.path) return;
    const linted = await lintDocument(file.path, String(file.value), file.cwd, { fresh: true });
    if (!linted) return;
    for (const m of linted.messages) {
      // A broken config file: say what is wrong (as the CLI does), without a stack trace in the editor.
      if (m.cause instanceof ConfigError) {
        m.reason = m.message = `Configuration error: ${m.cause.message}`;
        m.cause = undefined;
        markSyntaxFatal(linted);
      }
      file.messages.push(m);
    }
  };
} as unknown as Plugin<[], string, Node>;

export const processor = unified().use(zonelintLanguageServer).freeze();
