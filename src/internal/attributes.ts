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
