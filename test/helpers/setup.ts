/**
 * Imported by every test file. Lit's dev-mode warnings (a property changed during an update,
 * say) point at real inefficiencies, so a test during which one is logged fails. The page
 * (web-test-runner.config.mjs) collects them in `window.__litWarnings`.
 */
const collected = (): string[] =>
  ((window as unknown as { __litWarnings?: string[] }).__litWarnings ??= []);

afterEach(function () {
  const warnings = collected().splice(0);
  if (warnings.length) {
    throw new Error(
      `Lit warned during "${this.currentTest?.fullTitle()}":\n${warnings.join('\n')}`,
    );
  }
});
