import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../helpers/setup.js';
import { TestHost } from '../helpers/host.js';
import { OverflowController } from '../../src/controllers/overflow-controller.js';

/** A 100px-wide scroll box whose one child is `childWidth` wide. */
async function box(childWidth: number): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`
    <div style="width: 100px; overflow-x: auto">
      <div style="width: ${childWidth}px; height: 10px"></div>
    </div>
  `);
}

describe('OverflowController', () => {
  it('reports a box whose child is wider than it as overflowing, and asks for an update', async () => {
    const host = new TestHost();
    const overflow = new OverflowController(host);
    overflow.observe(await box(300));

    await waitUntil(() => overflow.overflows, 'the wide child is seen');
    expect(host.updatesRequested).to.equal(1);
  });

  it('reports a box whose child fits as not overflowing, and asks for an update', async () => {
    const host = new TestHost();
    const overflow = new OverflowController(host);
    // Start from the other answer, so the check has something to change.
    overflow.overflows = true;
    overflow.observe(await box(50));

    await waitUntil(() => !overflow.overflows, 'the narrow child is seen');
    expect(host.updatesRequested).to.equal(1);
  });

  it('follows the child as it grows and shrinks', async () => {
    const host = new TestHost();
    const overflow = new OverflowController(host);
    const wrapper = await box(50);
    const child = wrapper.firstElementChild as HTMLElement;
    overflow.observe(wrapper);

    child.style.width = '300px';
    await waitUntil(() => overflow.overflows, 'grown past the box');
    expect(host.updatesRequested).to.equal(1);

    child.style.width = '80px';
    await waitUntil(() => !overflow.overflows, 'shrunk back inside');
    expect(host.updatesRequested).to.equal(2);
  });

  it('switches to a new box when observe() is given another one', async () => {
    const host = new TestHost();
    const overflow = new OverflowController(host);
    overflow.observe(await box(300));
    await waitUntil(() => overflow.overflows, 'the first box overflows');

    overflow.observe(await box(50));
    await waitUntil(() => !overflow.overflows, 'the second box does not');
  });

  it('reports no overflow when it observes null', async () => {
    const host = new TestHost();
    const overflow = new OverflowController(host);
    overflow.observe(await box(300));
    await waitUntil(() => overflow.overflows, 'overflowing first');

    overflow.observe(null);
    expect(overflow.overflows).to.be.false;
  });
});
