import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { WriteController } from '../../src/controllers/write-controller.js';
import { CreditsError } from '../../src/data/errors.js';
import { gate } from '../helpers/lifecycle.js';
import '../helpers/setup.js';

class WriteHost extends LitElement {
  readonly write = new WriteController(this);
  protected override render() {
    return html`<button id="send">${this.write.busy() ? 'Sending…' : 'Send'}</button>
      <button id="after">After</button>`;
  }
}
customElements.define('write-host', WriteHost);

const mount = () => fixture<WriteHost>(html`<write-host></write-host>`);

describe('WriteController', () => {
  it('sends one request however often it is asked while one is under way', async () => {
    const el = await mount();
    const held = gate();
    let sent = 0;
    const send = async () => {
      sent += 1;
      await held.promise;
      return 'ok';
    };
    const first = el.write.run('', send);
    void el.write.run('', send);
    void el.write.run('', send);
    await el.updateComplete;
    expect(sent).to.equal(1);
    expect(el.write.busy()).to.equal(true);
    expect(el.shadowRoot!.querySelector('#send')!.textContent).to.equal('Sending…');
    held.release();
    await first;
    expect(el.write.busy()).to.equal(false);
  });

  it('keeps the failure by key and moves the focus where the outcome says, once drawn', async () => {
    const el = await mount();
    await el.write.run(
      'a',
      () => Promise.reject(new CreditsError('http', 'Boom', { status: 500 })),
      { failed: () => () => el.shadowRoot!.querySelector<HTMLElement>('#after') },
    );
    expect(el.write.error('a')?.kind).to.equal('http');
    expect(el.write.error('b')).to.equal(undefined);
    expect(el.shadowRoot!.activeElement?.id).to.equal('after');
  });

  it('abandons a write: its request is aborted and none of its steps run', async () => {
    const el = await mount();
    const held = gate();
    let signal: AbortSignal | undefined;
    let done = false;
    const running = el.write.run(
      '',
      async (s) => {
        signal = s;
        await held.promise;
        return 'late';
      },
      { done: () => void (done = true) },
    );
    el.write.abort();
    held.release();
    await running;
    expect(signal?.aborted).to.equal(true);
    expect(done, 'a step of an abandoned write ran').to.equal(false);
    expect(el.write.busy()).to.equal(false);
  });

  it('abandons every write when the element leaves the page', async () => {
    const el = await mount();
    const held = gate();
    let signal: AbortSignal | undefined;
    const running = el.write.run('x', async (s) => {
      signal = s;
      await held.promise;
    });
    el.remove();
    held.release();
    await running;
    expect(signal?.aborted).to.equal(true);
  });
});
