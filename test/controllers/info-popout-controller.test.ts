import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import '../helpers/setup.js';
import { InfoPopoutController, POPOUT_ID } from '../../src/controllers/info-popout-controller.js';
import { $, text } from '../helpers/dom.js';

class PopoutHost extends LitElement {
  /** `openKey` at each onChange call. */
  changes: (string | null)[] = [];
  info = new InfoPopoutController(this, () => this.changes.push(this.info.openKey));

  override render() {
    return html`
      ${this.info.button('a', 'About charge A')} ${this.info.button('b', 'About charge B')}
      ${this.info.popout(
        (key) => `Charge ${key.toUpperCase()}`,
        (key) =>
          html`<p>Details of ${key}</p>
            <button type="button">Copy ${key}</button>`,
      )}
    `;
  }
}
customElements.define('test-popout-host', PopoutHost);

function parts(el: PopoutHost) {
  const button = (label: string) => $(el, `button[aria-label="${label}"]`) as HTMLButtonElement;
  return {
    a: button('About charge A'),
    b: button('About charge B'),
    popout: $(el, `#${POPOUT_ID}`) as HTMLElement,
  };
}

const isOpen = (popout: HTMLElement) => popout.matches(':popover-open');
const expanded = (el: PopoutHost) => {
  const { a, b } = parts(el);
  return [a.getAttribute('aria-expanded'), b.getAttribute('aria-expanded')];
};

async function host(): Promise<PopoutHost> {
  return fixture<PopoutHost>(html`<test-popout-host></test-popout-host>`);
}

describe('InfoPopoutController', () => {
  it('renders closed, with every button collapsed and no content', async () => {
    const el = await host();
    const { popout } = parts(el);
    expect(isOpen(popout)).to.be.false;
    expect(expanded(el)).to.deep.equal(['false', 'false']);
    expect(text(popout)).to.equal('');
    expect(el.info.openKey).to.equal(null);
  });

  it('opens the pop-out with the content of the button clicked', async () => {
    const el = await host();
    const { a, popout } = parts(el);
    a.click();
    await el.updateComplete;

    expect(isOpen(popout)).to.be.true;
    expect(text(popout.querySelector('p'))).to.equal('Details of a');
    expect(popout.getAttribute('aria-label')).to.equal('Charge A');
    expect(expanded(el)).to.deep.equal(['true', 'false']);
    expect(el.info.openKey).to.equal('a');
  });

  it('switches to another button’s content when another button is clicked, staying open', async () => {
    const el = await host();
    const { a, b, popout } = parts(el);
    a.click();
    await el.updateComplete;

    b.click();
    await el.updateComplete;

    expect(isOpen(popout)).to.be.true;
    expect(text(popout.querySelector('p'))).to.equal('Details of b');
    expect(expanded(el)).to.deep.equal(['false', 'true']);
  });

  it('closes when the open button is clicked again', async () => {
    const el = await host();
    const { a, popout } = parts(el);
    a.click();
    await el.updateComplete;

    a.click();
    await el.updateComplete;

    expect(isOpen(popout)).to.be.false;
    expect(expanded(el)).to.deep.equal(['false', 'false']);
    expect(el.info.openKey).to.equal(null);
  });

  it('close() closes an open pop-out', async () => {
    const el = await host();
    const { a, popout } = parts(el);
    a.click();
    await el.updateComplete;

    el.info.close();
    await el.updateComplete;

    expect(isOpen(popout)).to.be.false;
    expect(expanded(el)).to.deep.equal(['false', 'false']);
    expect(text(popout)).to.equal('');
  });

  it('close() on a closed pop-out changes nothing', async () => {
    const el = await host();
    el.info.close();
    await el.updateComplete;
    expect(el.changes).to.deep.equal([]);
    expect(isOpen(parts(el).popout)).to.be.false;
  });

  it('calls onChange on each change of the open pop-out', async () => {
    const el = await host();
    const { a, b } = parts(el);
    a.click(); // opens a
    await el.updateComplete;
    b.click(); // closes a, opens b
    await el.updateComplete;
    b.click(); // closes b
    await el.updateComplete;

    expect(el.changes).to.deep.equal(['a', null, 'b', null]);
  });

  it('closes on Escape', async () => {
    const el = await host();
    const { a, popout } = parts(el);
    a.focus();
    a.click();
    await el.updateComplete;
    expect(isOpen(popout), 'open first').to.be.true;

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !isOpen(popout), 'the pop-out closes');
    await el.updateComplete;

    expect(el.info.openKey).to.equal(null);
    expect(expanded(el)).to.deep.equal(['false', 'false']);
  });

  it('gives the focus back to its button when Escape closes it with the focus inside', async () => {
    const el = await host();
    const { a, popout } = parts(el);
    a.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(isOpen(popout), 'Enter opens it').to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(text(el.shadowRoot!.activeElement), 'Tab moves into it').to.equal('Copy a');

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !isOpen(popout), 'the pop-out closes');
    expect(el.shadowRoot!.activeElement === a, 'the focus is back on its button').to.be.true;
  });

  it('leaves the focus alone when it closes with the focus elsewhere', async () => {
    const el = await host();
    const { a, b, popout } = parts(el);
    a.click();
    await el.updateComplete;
    b.focus();
    el.info.close();
    expect(isOpen(popout)).to.be.false;
    expect(el.shadowRoot!.activeElement === b, 'the focus stayed where it was').to.be.true;
  });

  it('forgets the open pop-out when the host disconnects', async () => {
    const el = await host();
    parts(el).a.click();
    await el.updateComplete;

    el.remove();
    expect(el.info.openKey).to.equal(null);
  });
});
