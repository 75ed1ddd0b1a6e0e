import type { ComplexAttributeConverter } from 'lit';

/** Frameworks write `false` as the string "false": it must never switch a guard on. */
function isTrue(value: string): boolean {
  return value.trim().toLowerCase() !== 'false';
}

/**
 * A boolean attribute that guards something (`admin`, `show-cost`): present means true, except
 * the string "false" (how frameworks serialise `false`); absent means false.
 */
export const guardBoolean: ComplexAttributeConverter<boolean> = {
  fromAttribute: (value) => value !== null && isTrue(value),
  toAttribute: (value) => (value ? '' : null),
};

/**
 * Like `guardBoolean`, but absent means "not set here" (undefined), so an element's own
 * attribute can win over its provider's in both directions: `admin="false"` inside an admin
 * provider is false.
 */
export const optionalBoolean: ComplexAttributeConverter<boolean | undefined> = {
  fromAttribute: (value) => (value === null ? undefined : isTrue(value)),
  toAttribute: (value) => (value === undefined ? null : value ? '' : 'false'),
};
