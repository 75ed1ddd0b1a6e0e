// Small statistics and number formats for the bench's figures.

/** Linear-interpolated quantile, `q` in [0, 1]. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  return sorted[lo] + (sorted[Math.ceil(at)] - sorted[lo]) * (at - lo);
}

export const median = (values) => quantile(values, 0.5);

export const ms = (value) => `${value.toFixed(2)} ms`;

/** `4.10 ms (IQR 3.90–4.40)` */
export const medianIqr = (values) =>
  `${ms(median(values))} (IQR ${quantile(values, 0.25).toFixed(2)}–${quantile(values, 0.75).toFixed(2)})`;

export const ratio = (value) => `${value.toFixed(2)}×`;
