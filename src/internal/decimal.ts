/**
 * Exact decimal arithmetic on the contract's decimal strings ("0.01875"), through BigInt: money
 * never goes through a float, so 10,000 × 0.01875 is 187.50 and 3 × 0.1 is 0.30.
 */
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

interface Scaled {
  units: bigint;
  scale: number;
}

function parse(value: string): Scaled {
  const m = DECIMAL.exec(value);
  if (!m) throw new RangeError(`not a decimal: "${value}"`);
  const [, sign, whole, fraction = ''] = m;
  const units = BigInt(`${whole}${fraction}`) * (sign ? -1n : 1n);
  return { units, scale: fraction.length };
}

function format({ units, scale }: Scaled): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale ? `.${digits.slice(-scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** `amount` × a whole number, exactly: `multiply("0.01875", 10000)` is `"187.50000"`. */
export function multiply(amount: string, times: number): string {
  if (!Number.isSafeInteger(times)) throw new RangeError(`not a whole number: ${times}`);
  const { units, scale } = parse(amount);
  return format({ units: units * BigInt(times), scale });
}

/** `value` to `digits` decimals, halves away from zero: `round("18.76875", 2)` is `"18.77"`. */
export function round(value: string, digits: number): string {
  const { units, scale } = parse(value);
  if (scale <= digits)
    return format({ units: units * 10n ** BigInt(digits - scale), scale: digits });
  const divisor = 10n ** BigInt(scale - digits);
  const half = divisor / 2n;
  const magnitude = units < 0n ? -units : units;
  const rounded = (magnitude + half) / divisor;
  return format({ units: units < 0n ? -rounded : rounded, scale: digits });
}
