#!/usr/bin/env node
import { startServer } from '../dist/src/server/index.js';

startServer(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`zonelint-language-server: ${error && error.stack ? error.stack : error}\n`);
  process.exit(2);
});
