// Fails when custom-elements.json differs from what the sources generate now.
import { execSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

// cem resolves --outdir against the working directory, so the scratch copy stays in the project.
const out = 'node_modules/.cache/cem-check';
try {
  execSync(`npx cem analyze --litelement --outdir ${out}`, { stdio: 'pipe' });
  const fresh = readFileSync(`${out}/custom-elements.json`, 'utf8');
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    // missing: reported below
  }
  if (fresh.trim() !== committed.trim()) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(out, { recursive: true, force: true });
}
