/**
 * Wording of the shipped translations (issue 21, items 8-10): the words each language uses for
 * one thing, its grammar where a message is put together from parts, and the numbers inside
 * messages in the locale's own digits. Each test names the fault it keeps away.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/index.js';
import type { CreditsTopUp } from '../../src/index.js';
import { renderExportStatus } from '../../src/components/table/table-parts.js';
import { english } from '../../src/i18n/english.js';
import type { MessageKey, Translate } from '../../src/i18n/keys.js';
import { translate, type MessageSet } from '../../src/i18n/messages.js';
import { loadShipped } from '../../src/i18n/shipped.js';
import * as fx from '../fixtures.js';
import { $, text } from '../helpers/dom.js';
import { fakeServer, restoreFetch } from '../helpers/fake-server.js';
import '../helpers/setup.js';
import { forms, shippedMessages, SHIPPED_LOCALES, SOURCE } from './sources.js';

/** The messages of `id` as an element speaking it says them. */
async function speaker(id: string): Promise<Translate> {
  await loadShipped(id);
  return (key, params) => translate(id, id, key, params);
}

/** Every text of every message of `messages`, with its key (and plural form). */
function everyText(messages: MessageSet): [string, string][] {
  return Object.entries(messages).flatMap(([key, message]) =>
    typeof message === 'string'
      ? [[key, message] as [string, string]]
      : Object.entries(message).map(([form, t]) => [`${key}.${form}`, t!] as [string, string]),
  );
}

/** The English keys whose messages count or name credits (not the balance). */
const CREDIT_COUNTS = Object.entries(SOURCE)
  .filter(([, m]) => typeof m !== 'string' && forms(m).some((t) => /\bcredits?\b/.test(t)))
  .map(([key]) => key);

describe('wording', () => {
  afterEach(restoreFetch);

  describe('item 8: Arabic', () => {
    it('ar: one word for the balance (الرصيد), another for credits (وحدات رصيد)', async () => {
      const ar = await shippedMessages('ar');
      // رصيد counted (أرصدة, رصيدان, رصيدًا, "{count} رصيد", "رصيد واحد") is a credit said
      // with the balance's word.
      const wrong = everyText(ar).filter(([, t]) =>
        /أرصدة|رصيدان|رصيدين|رصيدًا|رصيد واحد(?!ة)|\{(count|figure)\} رصيد/.test(t),
      );
      expect(wrong, 'credits said with the word for the balance').to.deep.equal([]);
      for (const key of CREDIT_COUNTS) {
        for (const [form, t] of Object.entries(ar[key]!)) {
          expect(t, `${key}.${form}`).to.match(/وحد/);
        }
      }
      expect(ar['addition.refund']).to.equal('وحدات رصيد أُعيدت إلى الرصيد.');
    });

    it('ar: two credits are said in the dual', async () => {
      const t = await speaker('ar');
      expect(t('balance.unit', { count: 2 })).to.equal('وحدتا رصيد');
      expect(t('summary.cardCredits', { count: 2, figure: '٢' })).to.equal('٢ وحدتا رصيد');
      expect(t('topUp.credits', { count: 2 })).to.equal('وحدتا رصيد');
      expect(t('balance.unit', { count: 1 })).to.equal('وحدة رصيد');
      expect(t('balance.unit', { count: 5 })).to.equal('وحدات رصيد');
    });

    for (const locale of ['ar', 'hi', 'de', 'fr', 'es', 'pt-BR', 'en']) {
      it(`${locale}: the photos helper's margin is formatted by Intl, in the locale's digits`, async () => {
        const server = fakeServer({
          'GET /balance': { body: { available: 12_480, costPerCredit: null } },
        });
        const el = await fixture<CreditsTopUp>(
          html`<credits-top-up
            endpoint=${server.endpoint}
            locale=${locale}
            admin
          ></credits-top-up>`,
        );
        await el.show();
        await waitUntil(() => $(el, '#photos'), 'no photos helper');
        const percent = new Intl.NumberFormat(locale, { style: 'percent' }).format(0.1);
        const note = () => text($(el, '#photos-note'));
        await waitUntil(() => note().includes(percent), `advice without ${percent}: ${note()}`);
        const photos = $(el, '#photos') as HTMLInputElement;
        photos.value = new Intl.NumberFormat(locale, { useGrouping: false }).format(4000);
        photos.dispatchEvent(new Event('input'));
        await el.updateComplete;
        const count = new Intl.NumberFormat(locale).format(4400);
        expect(note()).to.contain(count).and.to.contain(percent);
        // One numbering system in the whole message: no Latin "10" beside Arabic-Indic digits.
        if (/[٠-٩]/.test(note())) expect(note()).not.to.match(/[0-9]/);
        if (!percent.includes('10')) expect(note()).not.to.match(/10\s?%/);
      });
    }
    it('ar: the margin keeps its place in a right-to-left line (10%: then 4,400, not 4,400: 10%)', async () => {
      const server = fakeServer({
        'GET /balance': { body: { available: 12_480, costPerCredit: null } },
      });
      const holder = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"></div>`);
      holder.innerHTML = `<credits-top-up endpoint="${server.endpoint}" admin></credits-top-up>`;
      const el = holder.firstElementChild as CreditsTopUp;
      await el.show();
      await waitUntil(() => $(el, '#photos'), 'no photos helper');
      const photos = $(el, '#photos') as HTMLInputElement;
      photos.value = '4000';
      photos.dispatchEvent(new Event('input'));
      const percent = new Intl.NumberFormat('ar', { style: 'percent' }).format(0.1);
      const count = new Intl.NumberFormat('ar').format(4400);
      await waitUntil(() => text($(el, '#photos-note')).includes(count), 'no suggestion');
      const node = [...$(el, '#photos-note')!.childNodes].find(
        (n): n is Text => n instanceof Text && n.data.includes(count),
      )!;
      const box = (part: string) => {
        const range = document.createRange();
        const at = node.data.indexOf(part);
        range.setStart(node, at);
        range.setEnd(node, at + part.length);
        return range.getBoundingClientRect();
      };
      // Right to left: the margin is read first, so it stands to the right of the credits.
      expect(box(percent).left).to.be.greaterThan(box(count).right - 1);
    });
  });

  describe('item 9: Hindi', () => {
    it('hi: a step reads "2 में से चरण 1", not "चरण 2 में से 1" (1 out of step 2)', async () => {
      const t = await speaker('hi');
      for (const key of ['topUp.stepCredits', 'topUp.stepReview'] as const) {
        const said = t(key, { step: 1, steps: 2 });
        expect(said, key).to.match(/^2 में से चरण 1:/);
        expect(said, key).not.to.contain('चरण 2');
      }
    });

    it('the same noun copied reads the same from the payments and the purchase history', async () => {
      for (const id of [...SHIPPED_LOCALES, 'en']) {
        const t = id === 'en' ? english : await speaker(id);
        const label = t('detail.paymentId');
        expect(t('purchases.copied', { label }), id).to.equal(t('payments.idCopied'));
      }
      // And in Hindi no gender is given to a label the message does not know.
      const hi = await shippedMessages('hi');
      expect(hi['purchases.copied']).not.to.match(/\{label\} कॉपी (किया|की) ग/);
    });

    it('hi: the subscription (सदस्यता, feminine) expires in the feminine', async () => {
      const hi = await shippedMessages('hi');
      const texts = [
        'subscription.expired',
        'subscription.expiresToday',
        'subscription.expiresIn',
      ].flatMap((key) => forms(hi[key]!));
      for (const t of texts) {
        expect(t).to.match(/गई|रही है|होगी/);
        expect(t).not.to.match(/गया|रहा है|होगा/);
      }
    });

    it('hi and en: "rows loaded of" and "exporting of" agree with the rows they count, not the total', async () => {
      const server = fakeServer({
        'GET /transactions': {
          body: { items: [fx.usageRow(0)], nextCursor: 'more', total: 500 },
        },
      });
      for (const [locale, loaded, exporting] of [
        ['hi', '500 में से 1 पंक्ति लोड हुई', 'एक्सपोर्ट हो रहा है… 500 में से 1 पंक्ति'],
        ['en', '1 row of 500 loaded', 'Exporting… 1 row of 500'],
      ] as const) {
        const el = await fixture(
          html`<credits-usage-table
            endpoint=${server.endpoint}
            locale=${locale}
            paging="scroll"
          ></credits-usage-table>`,
        );
        const pager = () => text($(el, '[part~="pager"] [aria-live]'));
        await waitUntil(() => pager() === loaded, `${locale}: ${pager()}`);
        const t = locale === 'en' ? english : await speaker(locale);
        const box = document.createElement('div');
        const state = { status: 'running', rows: 1, total: 500 } as const;
        render(renderExportStatus(state, t, { cancel() {}, retry() {} }), box);
        expect(text(box.querySelector('[role="status"]'))).to.equal(exporting);
      }
    });

    it('hi: one word for "date" (तारीख), never तिथि', async () => {
      const hi = await shippedMessages('hi');
      expect(everyText(hi).filter(([, t]) => t.includes('तिथि'))).to.deep.equal([]);
      expect(hi['table.date']).to.equal('तारीख');
    });
  });

  describe('item 10: wording', () => {
    it('fr: Recheck is "Vérifier à nouveau", never "Revérifier"', async () => {
      const fr = await shippedMessages('fr');
      expect(fr['payments.recheck']).to.equal('Vérifier à nouveau');
      expect(everyText(fr).filter(([, t]) => /revérifi/i.test(t))).to.deep.equal([]);
      expect(fr['paymentStatus.pending.note']).to.contain('«\u00a0Vérifier à nouveau\u00a0»');
    });

    it('fr: a failed payment is "Échec", not "Échoué"', async () => {
      const fr = await shippedMessages('fr');
      expect(fr['paymentStatus.failed']).to.equal('Échec');
      expect(everyText(fr).filter(([, t]) => /Échoué/.test(t))).to.deep.equal([]);
    });

    it('fr and pt-BR: a month does not use credits ("En {month}, … ont été utilisés")', async () => {
      const fr = await speaker('fr');
      expect(fr('summary.spikeTitle', { month: 'mars', count: 5000 })).to.match(
        /^Un mois de pic\s: en mars, 5\s000 crédits ont été utilisés/,
      );
      expect(fr('summary.spikeTitle', { month: 'mars', count: 1 })).to.contain(
        'en mars, 1 crédit a été utilisé',
      );
      const pt = await speaker('pt-BR');
      expect(pt('summary.spikeTitle', { month: 'março', count: 5000 })).to.contain(
        'em março, foram usados 5.000 créditos',
      );
      for (const id of ['fr', 'pt-BR']) {
        const messages = await shippedMessages(id);
        expect(forms(messages['summary.spikeTitle']!).join()).not.to.match(
          /\{month\} (a consommé|usou)/,
        );
      }
    });

    // A sentence that names a button quotes its label, as each language quotes.
    const QUOTES: Record<string, [string, string]> = {
      es: ['«', '»'],
      'pt-BR': ['“', '”'],
      fr: ['«\u00a0', '\u00a0»'],
      de: ['„', '“'],
      hi: ['“', '”'],
      ar: ['«', '»'],
    };
    /** The Pay button without its total, as a sentence names it. */
    const PAY: Record<string, string> = {
      es: 'Pagar',
      'pt-BR': 'Pagar',
      fr: 'Payer',
      de: 'Bezahlen',
      hi: 'भुगतान करें',
      ar: 'دفع',
    };
    for (const id of ['es', 'pt-BR', 'fr', 'de', 'hi', 'ar']) {
      it(`${id}: a sentence that names a button or tab quotes its label`, async () => {
        const m = await shippedMessages(id);
        const [open, close] = QUOTES[id]!;
        const named: [MessageKey, string][] = [
          ['table.emptyPage', m['table.next'] as string],
          ['topUp.choiceKept', PAY[id]!],
          ['paymentStatus.pending.note', m['payments.recheck'] as string],
          ['summary.spikeAdvice', m['dashboard.tabUsage'] as string],
        ];
        for (const [key, label] of named) {
          expect(m[key], key).to.contain(`${open}${label}${close}`);
        }
      });
    }

    it('es: "Facturado a", and the tax reads "incluye … de GST"', async () => {
      const es = await speaker('es');
      expect(es('billingDetails.billedTo')).to.equal('Facturado a');
      expect(es('payments.inclGst', { amount: '900,00 ₹' })).to.equal('incluye 900,00 ₹ de GST');
      expect(es('payments.inclTax', { amount: '9,00 US$' })).to.equal(
        'incluye 9,00 US$ de impuestos',
      );
    });

    it('pt-BR: a failed payment is "Falhou", not "Com falha"', async () => {
      const pt = await shippedMessages('pt-BR');
      expect(pt['paymentStatus.failed']).to.equal('Falhou');
      expect(everyText(pt).filter(([, t]) => /Com falha/i.test(t))).to.deep.equal([]);
    });

    it('de: the buyer’s tax number on invoices is the USt-IdNr.', async () => {
      const de = await shippedMessages('de');
      expect(de['billingDetails.taxId']).to.equal('USt-IdNr.');
    });

    it('no language says the month in progress "grows until it ends"', async () => {
      expect(SOURCE['summary.tooEarlyAdvice']).to.equal(
        "This month's total keeps adding up until the month ends; compare it with the same point in earlier months.",
      );
      const old: Record<string, RegExp> = {
        en: /month in progress grows/,
        de: /Monat wächst/,
        fr: /mois en cours augmente/,
        es: /mes en curso crece/,
        'pt-BR': /mês em andamento cresce/,
        hi: /^जारी महीना/,
        ar: /^يزداد استخدام الشهر/,
      };
      for (const [id, pattern] of Object.entries(old)) {
        const messages = id === 'en' ? SOURCE : await shippedMessages(id);
        expect(messages['summary.tooEarlyAdvice'], id).not.to.match(pattern);
      }
    });
  });

  describe('review of the Arabic and Hindi catalogues', () => {
    it('ar: no Latin digit among Arabic words (address lines are الأول / الثاني)', async () => {
      const ar = await shippedMessages('ar');
      // Latin only inside what is not Arabic: HTTP, http(s), the YYYY-MM-DD pattern.
      const latin = everyText(ar).filter(([, t]) =>
        /[0-9]/.test(t.replace(/HTTP \{status\}|http\(s\)|YYYY-MM-DD/g, '')),
      );
      expect(latin).to.deep.equal([]);
      expect(ar['billingDetails.addressLine1']).to.equal('سطر العنوان الأول');
    });

    it('hi: one word for usage (उपयोग), never खपत', async () => {
      const hi = await shippedMessages('hi');
      expect(everyText(hi).filter(([, t]) => t.includes('खपत'))).to.deep.equal([]);
    });
  });
});
