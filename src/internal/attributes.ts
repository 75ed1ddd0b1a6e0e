import type { ComplexAttributeConverter, ReactiveElement } from 'lit';

/**
 * How every boolean setting reads, as an attribute and as a property alike (documented once, in
 * the README's "Boolean settings"): `"false"` (any case, spaces around) is false, because
 * frameworks write `false` that way; any other string, `""` included, is true, because an
 * attribute's presence means true; a boolean is itself.
 */
function fromText(value: string): boolean {
  return value.trim().toLowerCase() !== 'false';
}

function fromValue(value: unknown): boolean {
  return typeof value === 'string' ? fromText(value) : Boolean(value);
}

/**
 * A boolean setting that guards something (`admin`, `show-cost` on a provider): present means
 * true, except the string "false"; absent means false.
 */
export const guardBoolean: ComplexAttributeConverter<boolean> = {
  fromAttribute: (value) => value !== null && fromText(value),
  toAttribute: (value) => (value ? '' : null),
};

/**
 * Like `guardBoolean`, but absent means "not set here" (undefined), so an element's own
 * attribute can win over its provider's in both directions: `admin="false"` inside an admin
 * provider is false.
 */
export const optionalBoolean: ComplexAttributeConverter<boolean | undefined> = {
  fromAttribute: (value) => (value === null ? undefined : fromText(value)),
  toAttribute: (value) => (value === undefined ? null : value ? '' : 'false'),
};

/** How a value set as a property reads for `converter`, when it is one of the above. */
function flagReader(converter: unknown): ((value: unknown) => unknown) | undefined {
  if (converter === guardBoolean) return (value) => value != null && fromValue(value);
  if (converter === optionalBoolean) {
    return (value) => (value == null ? undefined : fromValue(value));
  }
  return undefined;
}

/**
 * Under `@property({ converter: guardBoolean })` (or `optionalBoolean`): a value set on the
 * property reads as it would as the attribute. Frameworks set the string `"false"` (React 19,
 * Svelte 5, Vue's `admin="false"`) or `""` (Vue's bare `admin`) on the property, which must not
 * switch a guard the other way. `null` and `undefined` are "absent".
 *
 * ```ts
 * @property({ converter: optionalBoolean }) @flag admin?: boolean;
 * ```
 */
export function flag(proto: object, name: string): void {
  const key = Symbol(name);
  Object.defineProperty(proto, name, {
    get(this: Record<symbol, unknown>) {
      return this[key];
    },
    set(this: Record<symbol, unknown> & { constructor: unknown }, value: unknown) {
      const options = (this.constructor as typeof ReactiveElement).getPropertyOptions(name);
      this[key] = flagReader(options.converter)?.(value) ?? value;
    },
    configurable: true,
    enumerable: true,
  });
}
/**
 * A number attribute that keeps its text when it is not a number (`"abc"`, `""`), where
 * `type: Number` would make it NaN or 0: whoever checks the value can then quote what the page
 * wrote. Absent means "not set" (undefined).
 */
export const numberOrText: ComplexAttributeConverter<number | string | undefined> = {
  fromAttribute: (value) => {
    if (value === null) return undefined;
    const number = Number(value);
    return value.trim() === '' || Number.isNaN(number) ? value : number;
  },
};
