/**
 * credits-widgets: every element, event and the data layer. Importing this module registers
 * every element.
 */
export * from './api/index.js';
export * from './data/index.js';
export * from './events/index.js';
export { CreditsProvider } from './components/provider/credits-provider.js';
export { CreditsBalance } from './components/balance/credits-balance.js';
