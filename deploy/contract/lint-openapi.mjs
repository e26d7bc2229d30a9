// The Logius API Design Rules gate: lints every committed OpenAPI document in docs/api with the vendored
// ruleset and fails on any error. Prints errors and warnings per service, and each error with its place.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// WSP_API_DIR: a copy of docs/api (./wsp test lints the committed documents beside the build that rewrites them)
const apiDir = process.env.WSP_API_DIR ?? join(here, '..', '..', 'docs', 'api');
const spectral = join(here, 'node_modules', '.bin', 'spectral');
const ruleset = join(here, 'logius-adr-ruleset.yaml');

let failed = false;
for (const file of readdirSync(apiDir).filter((f) => f.endsWith('.json')).sort()) {
  let out;
  try {
    out = execFileSync(spectral, ['lint', '-q', '-r', ruleset, '-f', 'json', '--fail-severity', 'error',
      join(apiDir, file)], { encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (e) {
    out = e.stdout; // spectral exits 1 when it finds errors: the JSON is still on stdout
  }
  const results = out.trim() ? JSON.parse(out.slice(out.indexOf('['))) : [];
  const errors = results.filter((r) => r.severity === 0);
  const warnings = results.filter((r) => r.severity === 1);
  console.log(`${file.padEnd(26)} errors ${String(errors.length).padStart(3)}  warnings ${String(warnings.length).padStart(3)}`);
  for (const r of [...errors, ...warnings]) {
    console.log(`  ${r.severity === 0 ? 'error' : 'warn '} ${r.code} at ${r.path.join('.')}: ${r.message}`);
  }
  failed ||= errors.length > 0;
}
if (failed) {
  console.error('The Logius API Design Rules linter found errors in docs/api (see above).');
  process.exit(1);
}
