// A node:module resolve hook for scripts/runtimes-check.mjs. `node --conditions=edge-light`
// adds a condition but keeps `node`, so Lit would still resolve to its Node build (which
// installs a customElements shim) and Node alone would not reproduce an edge runtime. This hook
// replaces the conditions with a runtime's own list, `node` left out, the way its bundler
// resolves; and, since the repository does not depend on React, it maps `react` to the
// stand-in beside it (the calls @lit/react makes, no more).
let conditions;

export function initialize(data) {
  conditions = data?.conditions;
}

export function resolve(specifier, context, next) {
  if (specifier === 'react') {
    return { url: new URL('./runtimes-react.mjs', import.meta.url).href, shortCircuit: true };
  }
  return next(specifier, conditions ? { ...context, conditions } : context);
}
