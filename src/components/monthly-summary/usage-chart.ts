/**
 * The Chart.js parts the summary draws with, and nothing else: a bar chart on a category axis
 * with a linear value axis and tooltips. Loaded with a dynamic import, so a page without a
 * summary never downloads Chart.js.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export { Chart };
