/**
 * Right to left: under a `dir="rtl"` page or element the tables' columns and the summary's
 * months run from the right, the chart's months run from the right with its figures' axis on
 * the right, and a `dir` changed later redraws the chart.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Chart } from 'chart.js';
import '../../src/index.js';
import * as fx from '../fixtures.js';
import { $$ } from '../helpers/dom.js';
import { fakeServer, restoreFetch } from '../helpers/fake-server.js';
import '../helpers/setup.js';

const left = (el: Element) => el.getBoundingClientRect().left;
const descending = (xs: number[]) => xs.length > 1 && xs.every((x, i) => i === 0 || x < xs[i - 1]!);

function chartOf(el: Element): Chart | undefined {
  const canvas = el.shadowRoot!.querySelector('canvas');
  return (canvas && Chart.getChart(canvas)) || undefined;
}

describe('right to left', () => {
  afterEach(restoreFetch);

  it('puts the usage table’s first column on the right', async () => {
    const server = fakeServer({ 'GET /transactions': { body: fx.usagePage } });
    const holder = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 1000px"></div>`);
    holder.innerHTML = `<credits-usage-table endpoint="${server.endpoint}" locale="ar"></credits-usage-table>`;
    const el = holder.firstElementChild!;
    await waitUntil(() => $$(el, 'tbody tr.row').length === 2, 'no rows');
    expect(descending($$(el, 'thead th').map(left)), 'header cells from the right').to.be.true;
    const firstRow = $$(el, 'tbody tr.row')[0]!;
    expect(descending([...firstRow.children].map(left)), 'row cells from the right').to.be.true;
  });

  it('mirrors the summary: months from the right, on the cards and on the chart', async () => {
    const server = fakeServer({ 'GET /usage/monthly': { body: fx.monthly } });
    const holder = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    holder.innerHTML = `<credits-monthly-summary endpoint="${server.endpoint}" locale="ar" dir="rtl"></credits-monthly-summary>`;
    const el = holder.firstElementChild!;
    await waitUntil(() => chartOf(el), 'the chart was never drawn');
    expect(descending($$(el, '[part~="card"]').map(left)), 'cards from the right').to.be.true;
    const options = chartOf(el)!.options as {
      scales: { x: { reverse?: boolean }; y: { position?: string } };
    };
    expect(options.scales.x.reverse, 'months from the right').to.be.true;
    expect(options.scales.y.position, 'figures on the right').to.equal('right');

    el.setAttribute('dir', 'ltr');
    await waitUntil(
      () => (chartOf(el)!.options.scales as { x: { reverse?: boolean } }).x.reverse === false,
      'the chart did not follow the new direction',
    );
    expect(descending($$(el, '[part~="card"]').map(left)), 'cards from the left now').to.be.false;
  });

  it('keeps a server’s own English error in its order on a right-to-left page', async () => {
    const server = fakeServer({
      'GET /balance': { status: 503, body: { error: { message: 'Service down, back soon.' } } },
    });
    const holder = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 600px"></div>`);
    holder.innerHTML = `<credits-balance endpoint="${server.endpoint}" locale="ar"></credits-balance>`;
    const el = holder.firstElementChild!;
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"] p'), 'no error shown');
    const p = el.shadowRoot!.querySelector('[role="alert"] p')!;
    const node = [...p.childNodes].find((n) => n instanceof Text && n.data.includes('Service'))!;
    const data = (node as Text).data;
    const at = (from: number) => {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, from + 1);
      return range.getBoundingClientRect().left;
    };
    // Left to right inside the Arabic panel: "S" first, the full stop last (not ".Service…").
    expect(at(data.indexOf('S'))).to.be.below(at(data.lastIndexOf('.')));
  });
});
