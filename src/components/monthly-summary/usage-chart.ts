/**
 * The Chart.js parts the summary draws with, and nothing else: a bar chart on a category axis
 * with a linear value axis and tooltips, and the hatching of the month in progress. Loaded with
 * a dynamic import, so a page without a summary never downloads Chart.js.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export { Chart };

/**
 * Diagonal stripes of `colour` over a light tint of it (the swatch of the card's badge and of
 * the key, drawn on a canvas), at the screen's pixel density; the colour itself if the canvas
 * cannot make a pattern.
 */
export function hatch(
  colour: string | undefined,
  canvas: HTMLCanvasElement,
): CanvasPattern | string {
  const fallback = colour ?? '';
  const ratio = Math.max(1, Math.round(globalThis.devicePixelRatio || 1));
  const size = 7 * ratio;
  const tile = canvas.ownerDocument.createElement('canvas');
  tile.width = tile.height = size;
  const c = tile.getContext('2d');
  if (!c || !colour) return fallback;
  c.fillStyle = colour;
  c.globalAlpha = 0.22;
  c.fillRect(0, 0, size, size);
  c.globalAlpha = 1;
  c.strokeStyle = colour;
  c.lineWidth = 2.2 * ratio;
  c.beginPath();
  // One stripe corner to corner, and its ends on the opposite corners: seamless when tiled.
  for (const shift of [-size, 0, size]) {
    c.moveTo(shift, size);
    c.lineTo(shift + size, 0);
  }
  c.stroke();
  const pattern = c.createPattern(tile, 'repeat');
  if (!pattern) return fallback;
  pattern.setTransform(new DOMMatrix().scale(1 / ratio));
  return pattern;
}
