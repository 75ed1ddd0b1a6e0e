export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/styles/**'],
  outdir: '.',
  litelement: true,
  // Do not rewrite package.json's customElements field (it points at the committed file).
  packagejson: false,
  plugins: [
    {
      // The analyzer cannot read the name of a typed event class instance
      // (\`this.dispatchEvent(new CreditsErrorEvent(...))\`) and lists it without one; every event
      // is documented by name with @event on its element, so drop the nameless copies.
      name: 'drop-unnamed-events',
      packageLinkPhase({ customElementsManifest }) {
        // The analyzer lists modules in the order it happened to read them: sort them, so the
        // committed file and CI's fresh one compare equal.
        customElementsManifest.modules?.sort((a, b) => a.path.localeCompare(b.path));
        // Likewise members and the like, whose order follows how inheritance was resolved.
        const byName = (a, b) => (a.name ?? '').localeCompare(b.name ?? '');
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            for (const key of ['members', 'attributes', 'events', 'cssParts', 'cssProperties']) {
              decl[key]?.sort(byName);
            }
          }
        }
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name);
          }
        }
      },
    },
  ],
};
