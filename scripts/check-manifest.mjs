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
    const a = committed.split('\n');
    const b = fresh.split('\n');
    const line = b.findIndex((l, i) => l !== a[i]);
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    console.error(`first difference at line ${line + 1}:\n- ${a[line]}\n+ ${b[line]}`);
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(out, { recursive: true, force: true });
}
