#!/usr/bin/env node
// credits-widgets check-api <endpoint> [--header "Name: value"]… [--origin URL] [--write]
import { checkApi, formatReport, parseArgs } from '../dist/npm/cli/check-api.js';

const [command, ...args] = process.argv.slice(2);
const usage = `usage: credits-widgets check-api <endpoint> [--header "Name: value"]… [--origin URL] [--write] [--timeout ms]

Checks a backend against the Credits API contract (docs/credits-api.yaml) with the widgets' own
schemas: every GET resource, a billing-details round trip and a recheck with --write, and the
CORS headers a page of --origin needs. Exits 1 when anything breaks the contract.`;

if (command !== 'check-api') {
  console.error(usage);
  process.exit(2);
}
const options = parseArgs(args);
if (typeof options === 'string') {
  console.error(`${options}\n\n${usage}`);
  process.exit(2);
}
const lines = await checkApi(options);
console.log(formatReport(lines));
process.exit(lines.every((l) => l.ok) ? 0 : 1);
