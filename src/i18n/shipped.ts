/**
 * The translations shipped with the widgets, each its own module (a chunk of the CDN build):
 * a page downloads only those its elements speak, when an element first needs one.
 */
import { addShipped, isShippedLoaded, type MessageSet } from './messages.js';

const LOADERS: Record<string, () => Promise<{ default: MessageSet }>> = {
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  'pt-BR': () => import('./locales/pt-BR.js'),
  hi: () => import('./locales/hi.js'),
  ar: () => import('./locales/ar.js'),
};

/** A shipped translation's module, as it is downloaded (for tests that read one directly). */
export function shippedModule(id: string): Promise<{ default: MessageSet }> {
  const load = Object.hasOwn(LOADERS, id) ? LOADERS[id] : undefined;
  if (!load) return Promise.reject(new RangeError(`no shipped translation "${id}"`));
  return load();
}

/** The locales shipped besides the English source. */
export const SHIPPED_LOCALES = Object.keys(LOADERS);

/**
 * The shipped translation for a canonical locale tag: its own (`pt-BR`), else its language's
 * (`de` for `de-AT`; `pt-BR` for `pt` and `pt-PT`); undefined for English and the rest.
 */
export function shippedFor(locale: string): string | undefined {
  if (Object.hasOwn(LOADERS, locale)) return locale;
  const language = locale.split('-')[0]!.toLowerCase();
  return SHIPPED_LOCALES.find((id) => id.split('-')[0] === language);
}

const loading = new Map<string, Promise<void>>();
const failed = new Set<string>();

/** Whether `id` is here or could not be downloaded (English then stands in for this page). */
export function isShippedSettled(id: string): boolean {
  return isShippedLoaded(id) || failed.has(id);
}

/** Downloads the shipped translation `id` once; resolves when it can be looked up. */
export function loadShipped(id: string): Promise<void> {
  let promise = loading.get(id);
  if (!promise) {
    promise = LOADERS[id]!().then(
      (module) => addShipped(id, module.default),
      (error: unknown) => {
        // Offline or a missing chunk: English stands in, and nothing retries in a loop.
        failed.add(id);
        console.warn(`credits-widgets: the "${id}" messages could not be loaded`, error);
      },
    );
    loading.set(id, promise);
  }
  return promise;
}

export { isShippedLoaded };
