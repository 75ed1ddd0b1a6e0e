// Stops svelte-check from reading the project's vite.config.ts: these files only type-check.
export default {};
