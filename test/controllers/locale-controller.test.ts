import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../helpers/setup.js';
import { LocaleController } from '../../src/controllers/locale-controller.js';

class LocaleHost extends LitElement {
  /** What the element's `locale` attribute and its provider would give. */
  explicit: (string | undefined)[] = [];
  renders = 0;
  locale = new LocaleController(this, () => this.explicit);

  override render() {
    this.renders += 1;
    return html`${this.locale.value}`;
  }
}
customElements.define('test-locale-host', LocaleHost);

/** The rendered text, which shows the locale resolved for the last update. */
const shown = (el: LocaleHost) => el.shadowRoot!.textContent!.trim();

/** A host inside the shadow root of an element inside `outer`. */
async function hostInShadow(outer: HTMLElement, innerLang?: string): Promise<LocaleHost> {
  const shadowHost = document.createElement('span');
  outer.append(shadowHost);
  const root = shadowHost.attachShadow({ mode: 'open' });
  const wrapper = document.createElement('div');
  if (innerLang) wrapper.lang = innerLang;
  root.append(wrapper);
  const el = document.createElement('test-locale-host') as LocaleHost;
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

describe('LocaleController', () => {
  it('uses the first valid explicit tag, in canonical form', async () => {
    const el = await fixture<LocaleHost>(
      html`<div lang="fr-FR"><test-locale-host></test-locale-host></div>`,
    ).then((div) => div.querySelector<LocaleHost>('test-locale-host')!);
    el.explicit = [undefined, '', 'not a tag!', 'en_GB', 'de-de', 'es-ES'];

    expect(el.locale.resolve()).to.equal('de-DE');
  });

  it('uses the nearest lang above when no explicit tag is valid', async () => {
    const div = await fixture<HTMLElement>(
      html`<div lang="fr-FR">
        <section lang="pt-BR"><test-locale-host></test-locale-host></section>
      </div>`,
    );
    const el = div.querySelector<LocaleHost>('test-locale-host')!;
    el.explicit = ['not a tag!', undefined];

    expect(el.locale.resolve()).to.equal('pt-BR');
  });

  it('finds a lang above the shadow root the element is in', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="fr-CA"></div>`);
    const el = await hostInShadow(outer);
    expect(el.locale.resolve()).to.equal('fr-CA');
    expect(shown(el), 'resolved for the first render').to.equal('fr-CA');
  });

  it('prefers a lang inside the shadow root to one above it', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="fr-CA"></div>`);
    const el = await hostInShadow(outer, 'it-IT');
    expect(el.locale.resolve()).to.equal('it-IT');
  });

  it("falls back to the browser's language when nothing above sets lang", () => {
    // Not in the document: the page's own <html lang> is not above it.
    const el = document.createElement('test-locale-host') as LocaleHost;
    el.explicit = ['not a tag!'];
    const browser = Intl.getCanonicalLocales(navigator.language)[0];
    expect(el.locale.resolve()).to.equal(browser);
  });

  it('re-renders with the new locale when lang changes on an ancestor', async () => {
    const div = await fixture<HTMLElement>(
      html`<div lang="de-DE"><test-locale-host></test-locale-host></div>`,
    );
    const el = div.querySelector<LocaleHost>('test-locale-host')!;
    await el.updateComplete;
    expect(shown(el), 'first render').to.equal('de-DE');

    div.setAttribute('lang', 'fr-FR');
    await waitUntil(() => shown(el) === 'fr-FR', 'the element re-renders in French');
    expect(el.locale.value).to.equal('fr-FR');
  });

  it('re-renders when lang changes above the shadow root the element is in', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="de-DE"></div>`);
    const el = await hostInShadow(outer);
    expect(shown(el), 'first render').to.equal('de-DE');

    outer.setAttribute('lang', 'ja-JP');
    await waitUntil(() => shown(el) === 'ja-JP', 'the element re-renders in Japanese');
  });

  it('does not re-render for a lang change that does not change the locale', async () => {
    const div = await fixture<HTMLElement>(
      html`<div lang="de-DE"><test-locale-host></test-locale-host></div>`,
    );
    const el = div.querySelector<LocaleHost>('test-locale-host')!;
    el.explicit = ['en-GB'];
    el.requestUpdate();
    await el.updateComplete;
    expect(shown(el), 'the explicit tag wins').to.equal('en-GB');
    const renders = el.renders;

    // Observers are notified in the order they were created: once this one has seen the change,
    // the controller's (created when the element connected) has too.
    const seen = new Promise<void>((resolve) => {
      const watcher = new MutationObserver(() => {
        watcher.disconnect();
        resolve();
      });
      watcher.observe(div, { attributes: true });
    });
    div.setAttribute('lang', 'fr-FR');
    await seen;
    await el.updateComplete;

    expect(el.renders).to.equal(renders);
  });
});
