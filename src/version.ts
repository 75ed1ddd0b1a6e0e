/** The package's version (package.json's; test/cli/package.test.mjs holds them equal). */
export const VERSION = '0.1.0';
