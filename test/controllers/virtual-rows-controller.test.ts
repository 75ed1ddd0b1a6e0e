import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../helpers/setup.js';
import { TestHost } from '../helpers/host.js';
import { VirtualRowsController } from '../../src/controllers/virtual-rows-controller.js';

const AFTER = 50;
const OVERSCAN = 5;
/** Deliberately not the rendered row height (ROW), so a measurement shows. */
const ESTIMATE = 20;
const ROW = 40;
const BOX = 200;
const COUNT = 100;

function setup() {
  const host = new TestHost();
  let nearEnd = 0;
  const rows = new VirtualRowsController(host, {
    after: AFTER,
    overscan: OVERSCAN,
    estimate: ESTIMATE,
    onNearEnd: () => {
      nearEnd += 1;
    },
  });
  return { host, rows, nearEndCalls: () => nearEnd };
}

/**
 * A 200px scroll box holding COUNT table rows of 40px each (4000px of content), or of `heights`
 * in turn (a narrow layout's rows of two and three lines).
 */
async function scrollBox(heights: number[] = [ROW]): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`
    <div style="height: ${BOX}px; overflow-y: auto; overflow-x: hidden; border: 0; padding: 0">
      <table style="border-collapse: collapse; border-spacing: 0">
        <tbody>
          ${Array.from(
            { length: COUNT },
            (_, i) =>
              html`<tr class="row" style="height: ${heights[i % heights.length]}px">
                <td style="padding: 0">row ${i}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  `);
}

/** Scrolls the box and sends the scroll event the controller listens for. */
function scrollTo(box: HTMLElement, top: number): void {
  box.scrollTop = top;
  box.dispatchEvent(new Event('scroll'));
}

describe('VirtualRowsController', () => {
  describe('window()', () => {
    it('renders every row when there are no more than `after`', () => {
      const { rows } = setup();
      expect(rows.window(AFTER)).to.deep.equal({
        start: 0,
        end: AFTER,
        before: 0,
        afterHeight: 0,
        virtual: false,
      });
      expect(rows.window(3)).to.deep.equal({
        start: 0,
        end: 3,
        before: 0,
        afterHeight: 0,
        virtual: false,
      });
    });

    it('renders the first visible rows and the overscan when there are more than `after`', () => {
      const { rows } = setup();
      // Before any measurement: 12 rows assumed visible, `estimate` pixels each.
      expect(rows.window(COUNT)).to.deep.equal({
        start: 0,
        end: 12 + OVERSCAN,
        before: 0,
        afterHeight: (COUNT - 12 - OVERSCAN) * ESTIMATE,
        virtual: true,
      });
    });
  });

  describe('onScroll', () => {
    it('re-windows around the scrolled-to rows, using the measured row height', async () => {
      const { host, rows, nearEndCalls } = setup();
      const box = await scrollBox();
      box.addEventListener('scroll', rows.onScroll);

      scrollTo(box, 1000);
      await waitUntil(() => host.updatesRequested > 0, 'the host is asked to re-render');

      // Row 25 is at the top (1000 / 40) and 5 rows fit (200 / 40).
      expect(rows.window(COUNT)).to.deep.equal({
        start: 25 - OVERSCAN,
        end: 25 + 5 + OVERSCAN,
        before: (25 - OVERSCAN) * ROW,
        afterHeight: (COUNT - 25 - 5 - OVERSCAN) * ROW,
        virtual: true,
      });
      expect(nearEndCalls(), 'far from the end').to.equal(0);
    });

    it('calls onNearEnd when scrolled within three rows of the end', async () => {
      const { rows, nearEndCalls } = setup();
      const box = await scrollBox();
      box.addEventListener('scroll', rows.onScroll);

      scrollTo(box, COUNT * ROW - BOX);
      await waitUntil(() => nearEndCalls() > 0, 'onNearEnd is called');

      const shown = rows.window(COUNT);
      expect(shown.end).to.equal(COUNT);
      expect(shown.afterHeight).to.equal(0);
    });

    it('measures rows of different heights by their average', async () => {
      const { host, rows } = setup();
      const box = await scrollBox([30, 50]);
      box.addEventListener('scroll', rows.onScroll);

      scrollTo(box, 1000);
      await waitUntil(() => host.updatesRequested > 0, 'the host is asked to re-render');

      // 40px a row on average: row 25 at the top, as with rows of 40px.
      expect(rows.window(COUNT).start).to.equal(25 - OVERSCAN);
      expect(rows.window(COUNT).before).to.equal((25 - OVERSCAN) * 40);
    });

    it('shows the last rows when scrolled to the end, though the rows differ in height', async () => {
      const { host, rows } = setup();
      // The spacers of rows measured at 30px stand for rows of 30 and 90px: too short.
      const box = await scrollBox([30, 30, 30, 90]);
      box.addEventListener('scroll', rows.onScroll);

      scrollTo(box, 300);
      await waitUntil(() => host.updatesRequested > 0);
      scrollTo(box, box.scrollHeight);
      await waitUntil(() => host.updatesRequested > 1, 'the end re-windows');

      const shown = rows.window(COUNT);
      expect(shown.end).to.equal(COUNT);
      expect(shown.afterHeight).to.equal(0);
      expect(shown.end - shown.start, 'the last rows, not none').to.be.at.least(5);
      // More rows loaded later come after the rows on screen, not instead of them.
      expect(rows.window(COUNT + 100).start).to.equal(shown.start);
    });

    it('re-windows once per frame however many scroll events come', async () => {
      const { host, rows } = setup();
      const box = await scrollBox();
      box.addEventListener('scroll', rows.onScroll);

      scrollTo(box, 400);
      scrollTo(box, 800);
      scrollTo(box, 1200);
      await waitUntil(() => host.updatesRequested > 0);
      await nextFrame();
      await nextFrame();

      expect(host.updatesRequested).to.equal(1);
      expect(rows.window(COUNT).start, 'the last position counts').to.equal(1200 / ROW - OVERSCAN);
    });

    it('does not re-window after the host disconnects with a frame pending', async () => {
      const { host, rows } = setup();
      const box = await scrollBox();
      box.addEventListener('scroll', rows.onScroll);

      box.dispatchEvent(new Event('scroll'));
      rows.hostDisconnected();
      await nextFrame();
      await nextFrame();

      expect(host.updatesRequested).to.equal(0);
    });
  });

  describe('reset()', () => {
    it('goes back to the top of the list', async () => {
      const { host, rows } = setup();
      const box = await scrollBox();
      box.addEventListener('scroll', rows.onScroll);
      scrollTo(box, 1000);
      await waitUntil(() => host.updatesRequested > 0);
      expect(rows.window(COUNT).start, 'scrolled first').to.equal(25 - OVERSCAN);

      rows.reset();
      const shown = rows.window(COUNT);
      expect(shown.start).to.equal(0);
      expect(shown.before).to.equal(0);
      expect(shown.end).to.equal(5 + OVERSCAN);
    });
  });
});
