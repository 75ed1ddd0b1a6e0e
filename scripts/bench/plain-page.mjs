// The baseline of the time-to-data figure: the page of /ttd/widgets (the balance, the summary with
// its chart, the usage table) written in plain JavaScript, the usual framework-free way: one
// module that fetches the three resources at once and builds each view as its data arrives, with
// the same markup and the elements' own CSS (plain-views.mjs, plain-table.mjs), and the same
// Chart.js build. It checks the status of each answer; it validates nothing else.
import { Chart } from './chart.mjs';
import styles from './plain-styles.mjs';
import { plainUsageTable } from './plain-table.mjs';
import { plainBalance, plainSummary } from './plain-views.mjs';

const API = '/api/bench-slow';
const PAGE_SIZE = 25;

const sheet = (text) => {
  const s = new CSSStyleSheet();
  s.replaceSync(text);
  return [s];
};

async function get(path) {
  const response = await fetch(API + path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

const place = (id, node) => document.getElementById(id).replaceWith(node);

const monthly = get('/usage/monthly?months=4');
const balance = get('/balance');
const usage = get(`/transactions?kind=usage&limit=${PAGE_SIZE}`);

monthly.then((m) => {
  const summary = plainSummary(m, sheet(styles.summary), Chart);
  place('summary', summary);
  summary.draw();
});
Promise.all([balance, monthly]).then(([b, m]) =>
  place('balance', plainBalance(b, m, sheet(styles.balance))),
);
usage.then((page) => place('usage', plainUsageTable(page, PAGE_SIZE, sheet(styles.table))));
