/**
 * The warnings credits-widgets prints (`credits-widgets: …`), recorded instead of printed for a
 * test that expects them. Any other console.warn goes on to the page's own (which collects
 * Lit's warnings for test/helpers/setup.ts).
 */
export interface Warnings {
  /** Each warning of ours, its arguments joined. */
  readonly seen: string[];
  restore(): void;
}

let active: Warnings | undefined;

export function recordWarnings(): Warnings {
  active?.restore();
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => {
    if (String(args[0]).startsWith('credits-widgets:')) seen.push(args.map(String).join(' '));
    else original.apply(console, args);
  };
  const warnings: Warnings = {
    seen,
    restore: () => {
      console.warn = original;
      if (active === warnings) active = undefined;
    },
  };
  active = warnings;
  return warnings;
}

/** Puts console.warn back; call in afterEach. */
export function restoreWarnings(): void {
  active?.restore();
}
