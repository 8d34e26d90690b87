// Zone fixtures shared by the editor, pre-commit and README-snippet tests (test/server, test/precommit).
import { fileURLToPath } from 'node:url';
import { scratch } from './cli.js';

/** The repository root (with a trailing slash). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A package.json that makes a scratch folder a project root (for the language server's cwd). */
export const PACKAGE_JSON = '{"name": "zones", "private": true}\n';

/** A small zone with nothing to report: SOA, two NS with their addresses, www (8 lines). */
export const CLEAN_ZONE = `$ORIGIN example.com.
$TTL 3600
@   IN SOA ns1 hostmaster 2024010101 7200 3600 1209600 3600
@   IN NS  ns1
@   IN NS  ns2
ns1 IN A   192.0.2.1
ns2 IN A   192.0.2.2
www IN A   192.0.2.10
`;

/** CLEAN_ZONE with a second copy of www's A record: no-duplicate-records at 9:1-9:22 (safe fix: delete line 9). */
export const DUPLICATE_ZONE = CLEAN_ZONE + 'www IN A   192.0.2.10\n';

/** DUPLICATE_ZONE with a syntax error on line 10 (`300.1.2.3` is no IPv4 address, at 10:12). */
export const BROKEN_ZONE = DUPLICATE_ZONE + 'bad IN A   300.1.2.3\n';

/**
 * The language-server zone (wide columns): www's A record three times ("fix all" needs two passes), a CNAME beside
 * a TXT record (a suggestion, no fix), then `middle` (test-specific records), then a syntax error on the last line.
 */
export function editorZone(middle = ''): string {
  return `$ORIGIN example.com.
$TTL 3600
@     IN SOA ns1 hostmaster 2024010101 7200 3600 1209600 3600
@     IN NS  ns1
@     IN NS  ns2
ns1   IN A   192.0.2.1
ns2   IN A   192.0.2.2
www   IN A   192.0.2.10
www   IN A   192.0.2.10
www   IN A   192.0.2.10
alias IN CNAME www
alias IN TXT "hello"
${middle}bad   IN A   300.1.2.3
`;
}

/** `zone` with the extra copies of www's A record removed: what "fix all" / `--fix` makes of editorZone(). */
export function withoutExtraWww(zone: string): string {
  const www = 'www   IN A   192.0.2.10\n';
  if (!zone.includes(www.repeat(3))) throw new Error('withoutExtraWww: the zone has no three copies of www');
  return zone.replace(www.repeat(3), www);
}

/** A scratch project (package.json at its root) holding `files`. */
export function zoneProject(files: Record<string, string>): string {
  return scratch({ ...files, 'package.json': PACKAGE_JSON });
}
