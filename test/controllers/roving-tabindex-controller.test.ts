import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { RovingTabindexController } from '../../src/controllers/roving-tabindex-controller.js';
import '../helpers/setup.js';

class RovingHost extends LitElement {
  current = 0;
  moves: number[] = [];
  roving = new RovingTabindexController({
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('button')],
    current: () => this.current,
    onMove: (i) => {
      this.moves.push(i);
      this.current = i;
      this.requestUpdate();
    },
  });

  override render() {
    return html`<div role="tablist" aria-label="Sections" @keydown=${this.roving.onKeydown}>
      ${['A', 'B', 'C'].map(
        (label, i) =>
          html`<button
            role="tab"
            aria-selected=${i === this.current}
            tabindex=${this.roving.tabindex(i)}
          >
            ${label}
          </button>`,
      )}
    </div>`;
  }
}
customElements.define('test-roving-host', RovingHost);

const buttons = (el: RovingHost) => [...el.shadowRoot!.querySelectorAll('button')];
const focused = (el: RovingHost) =>
  buttons(el).indexOf(el.shadowRoot!.activeElement as HTMLButtonElement);

describe('RovingTabindexController', () => {
  it('gives the tab stop to the current item only', async () => {
    const el = await fixture<RovingHost>(html`<test-roving-host></test-roving-host>`);
    expect(buttons(el).map((b) => b.tabIndex)).to.deep.equal([0, -1, -1]);
  });

  it('steps with the arrow keys, wrapping around, and jumps with Home and End', async () => {
    const el = await fixture<RovingHost>(html`<test-roving-host></test-roving-host>`);
    buttons(el)[0]!.focus();
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'Home', 'End']) {
      await sendKeys({ press: key });
      await el.updateComplete;
    }
    expect(el.moves).to.deep.equal([1, 2, 0, 2, 0, 2]);
    expect(focused(el)).to.equal(2);
    expect(buttons(el).map((b) => b.tabIndex)).to.deep.equal([-1, -1, 0]);
  });

  it('leaves other keys alone, Up and Down included (the tabs are horizontal)', async () => {
    const el = await fixture<RovingHost>(html`<test-roving-host></test-roving-host>`);
    buttons(el)[0]!.focus();
    await sendKeys({ press: 'a' });
    await sendKeys({ press: 'ArrowDown' });
    expect(el.moves).to.deep.equal([]);
    expect(focused(el)).to.equal(0);
  });
});
