/**
 * The message registry: the English source every element defines with its code, the shipped
 * translations once downloaded, and what a host adds or overrides (`registerMessages`). Looked
 * up per element, with the element's own locale: two widgets on one page can speak two
 * languages (which is why this is not `@lit/localize`: its `msg()` answers in one locale per
 * page, and it has no plural forms).
 */
import type { MessageKey } from './keys.js';

/** Forms of one message chosen by its `count` with `Intl.PluralRules`; `other` is required. */
export type PluralMessage = { readonly [C in Intl.LDMLPluralRule]?: string } & {
  readonly other: string;
};

/** A message: text with `{name}` placeholders, or its plural forms. */
export type Message = string | PluralMessage;

export type MessageSet = Readonly<Record<string, Message>>;

const source = new Map<string, Message>();
const shipped = new Map<string, MessageSet>();
const host = new Map<string, Map<string, Message>>();
const listeners = new Set<() => void>();

/** Adds English source messages (each area of the widgets defines its own with its code). */
export function defineSource<const M extends MessageSet>(messages: M): M {
  for (const [key, message] of Object.entries(messages)) source.set(key, message);
  return messages;
}

/** A shipped translation has arrived (`shipped.ts`); `id` is its locale (`de`, `pt-BR`). */
export function addShipped(id: string, messages: MessageSet): void {
  shipped.set(id, messages);
}

export function isShippedLoaded(id: string): boolean {
  return shipped.has(id);
}

function isMessage(value: unknown): value is Message {
  if (typeof value === 'string') return true;
  if (!value || typeof value !== 'object') return false;
  return Object.values(value).every((form) => typeof form === 'string') && 'other' in value;
}

/**
 * Adds or overrides messages for `locale` (`de`, `de-AT`, or one the widgets do not ship, like
 * `it`). Each key is a key of the English source (`MessageKey`: TypeScript names a misspelt
 * one); each value a string with the same `{placeholders}`, or plural forms (`{one, other}`).
 * A region's messages win over its language's (`de-AT` over `de`), and both over the shipped
 * ones; keys left out fall back to the shipped translation, then to English. Elements on the
 * page show the change at once.
 */
export function registerMessages(
  locale: string,
  messages: Readonly<Partial<Record<MessageKey, Message>>>,
): void {
  const [tag] = Intl.getCanonicalLocales(locale);
  if (!tag) throw new RangeError(`registerMessages: "${locale}" is not a locale tag`);
  let set = host.get(tag);
  if (!set) host.set(tag, (set = new Map()));
  for (const [key, message] of Object.entries(messages)) {
    if (!isMessage(message)) {
      throw new TypeError(
        `registerMessages: "${key}" must be a string or plural forms with "other"`,
      );
    }
    set.set(key, message);
  }
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever a host registers messages; returns how to stop. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a host has registered messages for `locale` or its language. */
export function hasHostMessages(locale: string): boolean {
  return host.has(locale) || host.has(locale.split('-')[0]!);
}

const plurals = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function pluralForm(locale: string, message: PluralMessage, count: number): string {
  let rules = plurals.get(locale);
  if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(locale)));
  // An exact zero may have its own wording ("No credits") even where the rules say `other`.
  const category = count === 0 && message.zero !== undefined ? 'zero' : rules.select(count);
  return message[category] ?? message.other;
}

function formatNumber(locale: string, value: number): string {
  let f = numbers.get(locale);
  if (!f) numbers.set(locale, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })));
  return f.format(value === 0 ? 0 : value);
}

/**
 * The message for `key` in `locale` (`shippedId`: the shipped translation for it, if any),
 * its plural form chosen by `params.count`: a region's host messages, its language's, the
 * shipped translation, then the English source (with the host's English overrides).
 */
function lookup(
  locale: string,
  shippedId: string | undefined,
  key: string,
  count: unknown,
): string {
  const language = locale.split('-')[0]!;
  const message =
    host.get(locale)?.get(key) ??
    host.get(language)?.get(key) ??
    (shippedId ? shipped.get(shippedId)?.[key] : undefined) ??
    host.get('en')?.get(key) ??
    source.get(key) ??
    key;
  if (typeof message === 'string') return message;
  return pluralForm(locale, message, typeof count === 'number' ? count : Number.NaN);
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** `key` in `locale` with its `{placeholders}` filled in (numbers in the locale's digits). */
export function translate(
  locale: string,
  shippedId: string | undefined,
  key: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return lookup(locale, shippedId, key, params.count).replace(
    PLACEHOLDER,
    (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? formatNumber(locale, value) : value;
    },
  );
}

/**
 * `key` in `locale` as parts for a template, so a placeholder can be markup
 * (`Updated {time}` with a `<time>` element): strings and the given values, in order.
 */
export function translateParts(
  locale: string,
  shippedId: string | undefined,
  key: string,
  params: Readonly<Record<string, unknown>>,
): unknown[] {
  const text = lookup(locale, shippedId, key, params.count);
  const parts: unknown[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    parts.push(text.slice(last, match.index));
    const value = params[match[1]!];
    parts.push(
      value === undefined
        ? match[0]
        : typeof value === 'number'
          ? formatNumber(locale, value)
          : value,
    );
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}
