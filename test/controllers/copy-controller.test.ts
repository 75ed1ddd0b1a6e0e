import { expect, fixture, html } from '@open-wc/testing';
import '../helpers/setup.js';
import { TestHost } from '../helpers/host.js';
import { CopyController } from '../../src/controllers/copy-controller.js';

const original = Object.getOwnPropertyDescriptor(navigator.clipboard, 'writeText');

/** Replaces navigator.clipboard.writeText for one test; every value asked for is recorded. */
function fakeClipboard(behaviour: 'accept' | 'refuse'): string[] {
  const written: string[] = [];
  Object.defineProperty(navigator.clipboard, 'writeText', {
    configurable: true,
    value: async (value: string) => {
      written.push(value);
      if (behaviour === 'refuse')
        throw new DOMException('Write permission denied.', 'NotAllowedError');
    },
  });
  return written;
}

describe('CopyController', () => {
  afterEach(() => {
    if (original) Object.defineProperty(navigator.clipboard, 'writeText', original);
    else delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
    getSelection()?.removeAllRanges();
  });

  it('writes the value to the clipboard and remembers it as copied', async () => {
    const written = fakeClipboard('accept');
    const host = new TestHost();
    const copy = new CopyController(host);

    const ok = await copy.copy('pay_6PL9D');

    expect(ok).to.be.true;
    expect(written).to.deep.equal(['pay_6PL9D']);
    expect(copy.copied).to.equal('pay_6PL9D');
    expect(host.updatesRequested).to.equal(1);
  });

  it('selects the shown text and forgets the last copy when the clipboard refuses', async () => {
    const shown = await fixture<HTMLElement>(html`<p>ID <code>order_8WZ4</code></p>`);
    const code = shown.querySelector('code')!;
    const host = new TestHost();
    const copy = new CopyController(host);
    fakeClipboard('accept');
    await copy.copy('pay_6PL9D');
    getSelection()!.removeAllRanges();

    fakeClipboard('refuse');
    const ok = await copy.copy('order_8WZ4', code);

    expect(ok).to.be.false;
    expect(copy.copied).to.equal(null);
    expect(getSelection()!.toString()).to.equal('order_8WZ4');
    expect(host.updatesRequested).to.equal(2);
  });

  it('leaves the selection alone when the clipboard refuses and no element is given', async () => {
    fakeClipboard('refuse');
    const copy = new CopyController(new TestHost());
    const ok = await copy.copy('pay_6PL9D');
    expect(ok).to.be.false;
    expect(getSelection()!.toString()).to.equal('');
  });

  it('reset() forgets the last copy', async () => {
    fakeClipboard('accept');
    const copy = new CopyController(new TestHost());
    await copy.copy('pay_6PL9D');
    expect(copy.copied, 'copied first').to.equal('pay_6PL9D');

    copy.reset();
    expect(copy.copied).to.equal(null);
  });

  it('forgets the last copy when the host disconnects', async () => {
    fakeClipboard('accept');
    const copy = new CopyController(new TestHost());
    await copy.copy('pay_6PL9D');

    copy.hostDisconnected();
    expect(copy.copied).to.equal(null);
  });
});
