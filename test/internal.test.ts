import { expect, fixture, html } from '@open-wc/testing';
import './helpers/setup.js';
import { guardBoolean, optionalBoolean } from '../src/internal/attributes.js';
import { csvCell, csvDecimal, csvDialect, toCsv } from '../src/internal/csv.js';
import { exportFilename, parseFilters, safeFilename } from '../src/internal/filters.js';
import type { Translate } from '../src/i18n/keys.js';
import { translate } from '../src/i18n/messages.js';
import { loadShipped } from '../src/i18n/shipped.js';
import {
  formatDateTime,
  formatInteger,
  formatMoney,
  formatMonth,
  formatSignedInteger,
  inheritedLang,
  isZeroAmount,
  validLocale,
} from '../src/internal/format.js';
import {
  additionNote,
  detailLabel,
  detailValue,
  gatewayLabel,
  humanise,
  isIdentifier,
  typeLabel,
} from '../src/internal/labels.js';
import { safeHref } from '../src/internal/url.js';
import { CreditsError } from '../src/data/errors.js';
import { walkPages, type CursorPage } from '../src/data/pages.js';

const NBSP = '\u00a0';

describe('format', () => {
  describe('formatInteger', () => {
    it('groups digits the way the locale does', () => {
      expect(formatInteger(12_480, 'en-US')).to.equal('12,480');
      expect(formatInteger(12_480, 'de-DE')).to.equal('12.480');
    });

    it('rounds to a whole number', () => {
      expect(formatInteger(1234.6, 'en-US')).to.equal('1,235');
    });
  });

  describe('formatSignedInteger', () => {
    it('signs a gain and a spend, and leaves zero unsigned', () => {
      expect(formatSignedInteger(5000, 'en-US')).to.equal('+5,000');
      expect(formatSignedInteger(-420, 'en-US')).to.equal('-420');
      expect(formatSignedInteger(0, 'en-US')).to.equal('0');
    });
  });

  describe('formatMoney', () => {
    it('keeps every decimal of a sub-cent amount', () => {
      expect(formatMoney({ amount: '0.0125', currency: 'EUR' }, 'de-DE')).to.equal(
        `0,0125${NBSP}€`,
      );
      expect(formatMoney({ amount: '0.0125', currency: 'EUR' }, 'en-US')).to.equal('€0.0125');
    });

    it("pads to the currency's minor unit", () => {
      expect(formatMoney({ amount: '2', currency: 'USD' }, 'en-US')).to.equal('$2.00');
      expect(formatMoney({ amount: '5900.5', currency: 'INR' }, 'en-IN')).to.equal('₹5,900.50');
    });

    it('shows no decimals for a currency without a minor unit', () => {
      expect(formatMoney({ amount: '1500', currency: 'JPY' }, 'en-US')).to.equal('¥1,500');
    });

    it('formats digits beyond double precision exactly', () => {
      expect(formatMoney({ amount: '12345678901234567.89', currency: 'USD' }, 'en-US')).to.equal(
        '$12,345,678,901,234,567.89',
      );
    });

    it('formats a negative amount', () => {
      expect(formatMoney({ amount: '-5.5', currency: 'USD' }, 'en-US')).to.equal('-$5.50');
    });

    it('shows an amount that is not a decimal string as given, with its currency', () => {
      expect(formatMoney({ amount: '1e3', currency: 'USD' }, 'en-US')).to.equal('1e3 USD');
      expect(formatMoney({ amount: 'lots', currency: 'EUR' }, 'de-DE')).to.equal('lots EUR');
    });
  });

  describe('formatDateTime', () => {
    it('formats an instant as the locale’s medium date and short time', () => {
      // Local time zone: the day may differ from the UTC day; the shape may not.
      expect(formatDateTime('2026-11-20T12:00:00Z', 'en-US')).to.match(
        /^Nov (19|20|21), 2026, \d{1,2}:\d{2}\s[AP]M$/,
      );
    });

    it('returns a string that is not a date as it is', () => {
      expect(formatDateTime('not a date', 'en-US')).to.equal('not a date');
    });
  });

  describe('formatMonth', () => {
    it('names the month and year, long or short', () => {
      expect(formatMonth('2026-11', 'en-US')).to.equal('November 2026');
      expect(formatMonth('2026-11', 'en-US', 'short')).to.equal('Nov 2026');
      expect(formatMonth('2026-03', 'de-DE')).to.equal('März 2026');
    });

    it('does not shift the month in a time zone west of UTC', () => {
      expect(formatMonth('2026-01', 'en-US')).to.equal('January 2026');
    });

    it('returns a string that is not a month as it is', () => {
      expect(formatMonth('soon', 'en-US')).to.equal('soon');
      expect(formatMonth('2026', 'en-US')).to.equal('2026');
    });
  });

  describe('validLocale', () => {
    it('returns a well-formed tag in canonical form', () => {
      expect(validLocale('en-us')).to.equal('en-US');
      expect(validLocale('de')).to.equal('de');
    });

    it('returns undefined for an empty or malformed tag', () => {
      expect(validLocale('')).to.equal(undefined);
      expect(validLocale(null)).to.equal(undefined);
      expect(validLocale(undefined)).to.equal(undefined);
      expect(validLocale('en_US')).to.equal(undefined);
      expect(validLocale('not a tag')).to.equal(undefined);
    });
  });

  describe('inheritedLang', () => {
    it('returns the nearest lang above, the element’s own first', async () => {
      const outer = await fixture<HTMLElement>(
        html`<div lang="fr-FR">
          <p lang="de-DE"><span>x</span></p>
        </div>`,
      );
      const span = outer.querySelector('span')!;
      const p = outer.querySelector('p')!;
      expect(inheritedLang(span)).to.equal('de-DE');
      expect(inheritedLang(p)).to.equal('de-DE');
    });

    it('crosses a shadow root', async () => {
      const outer = await fixture<HTMLElement>(html`<div lang="pt-BR"><span></span></div>`);
      const root = outer.querySelector('span')!.attachShadow({ mode: 'open' });
      const inner = document.createElement('b');
      root.append(inner);
      expect(inheritedLang(inner)).to.equal('pt-BR');
    });

    it('returns undefined when no lang is set above', () => {
      const detached = document.createElement('div');
      detached.append(document.createElement('span'));
      expect(inheritedLang(detached.firstElementChild!)).to.equal(undefined);
    });
  });

  describe('isZeroAmount', () => {
    it('is true for the ways of writing zero', () => {
      expect(['0', '0.00', '-0.0', '000'].map(isZeroAmount)).to.deep.equal([
        true,
        true,
        true,
        true,
      ]);
    });

    it('is false for any other amount', () => {
      expect(['0.01', '1', '10', '', 'zero'].map(isZeroAmount)).to.deep.equal([
        false,
        false,
        false,
        false,
        false,
      ]);
    });
  });
});

describe('csv', () => {
  describe('csvCell', () => {
    it('writes plain text as it is', () => {
      expect(csvCell('Harbour Lights')).to.equal('Harbour Lights');
      expect(csvCell('')).to.equal('');
    });

    it('quotes a field with a comma, a quote or a line break, doubling quotes', () => {
      expect(csvCell('a,b')).to.equal('"a,b"');
      expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
      expect(csvCell('line\nbreak')).to.equal('"line\nbreak"');
      expect(csvCell('line\r\nbreak')).to.equal('"line\r\nbreak"');
    });

    it('prefixes text a spreadsheet would run as a formula with an apostrophe', () => {
      expect(csvCell('=SUM(A1)')).to.equal("'=SUM(A1)");
      expect(csvCell('+1')).to.equal("'+1");
      expect(csvCell('-2')).to.equal("'-2");
      expect(csvCell('@cmd')).to.equal("'@cmd");
      expect(csvCell('\tx')).to.equal("'\tx");
      expect(csvCell('\rx')).to.equal(`"'\rx"`);
    });

    it('quotes a prefixed formula that also needs quoting', () => {
      expect(csvCell('=HYPERLINK("x","y")')).to.equal(`"'=HYPERLINK(""x"",""y"")"`);
    });

    it('does not prefix a formula character later in the text', () => {
      expect(csvCell('a=b')).to.equal('a=b');
    });

    it('writes numbers as they are, negative ones unprefixed', () => {
      expect(csvCell(-420)).to.equal('-420');
      expect(csvCell(0.5)).to.equal('0.5');
      expect(csvCell(0)).to.equal('0');
    });

    it('writes a non-finite number, null and undefined as an empty field', () => {
      expect([NaN, Infinity, -Infinity, null, undefined].map((v) => csvCell(v))).to.deep.equal([
        '',
        '',
        '',
        '',
        '',
      ]);
    });
  });

  describe('csv for the reader’s spreadsheet (item 11)', () => {
    it('separates with ";" and writes decimal commas where the locale writes 12,50', () => {
      for (const locale of ['de', 'de-DE', 'fr', 'fr-FR', 'es', 'es-ES', 'pt-BR']) {
        expect(csvDialect(locale), locale).to.deep.equal({ separator: ';', decimal: ',' });
      }
    });

    it('keeps "," and the decimal point where the locale writes 12.50 (en, hi, ar)', () => {
      for (const locale of ['en', 'en-IN', 'en-GB', 'hi', 'hi-IN', 'ar', 'ar-EG', 'ar-AE']) {
        expect(csvDialect(locale), locale).to.deep.equal({ separator: ',', decimal: '.' });
      }
    });

    it('lets the host choose: a comma file keeps the point, a semicolon file for en too', () => {
      expect(csvDialect('de-DE', 'comma')).to.deep.equal({ separator: ',', decimal: '.' });
      expect(csvDialect('en', 'semicolon')).to.deep.equal({ separator: ';', decimal: '.' });
      expect(csvDialect('fr', 'semicolon')).to.deep.equal({ separator: ';', decimal: ',' });
    });

    it('writes a ";" file a German spreadsheet adds up: decimal commas, text with ";" quoted', () => {
      const csv = toCsv(
        ['Betrag', 'Steuer', 'Credits', 'Notiz'],
        [
          [csvDecimal('5900.00'), csvDecimal('-12.50'), -420, 'a, b'],
          [csvDecimal('0.0120'), null, 0.5, 'x;y'],
          [csvDecimal('=1+1'), '-cmd', 7, 'say "hi"'],
        ],
        csvDialect('de-DE'),
      );
      expect(csv).to.equal(
        [
          'Betrag;Steuer;Credits;Notiz',
          '5900,00;-12,50;-420;a, b',
          '0,0120;;0,5;"x;y"',
          `'=1+1;'-cmd;7;"say ""hi"""`,
          '',
        ].join('\r\n'),
      );
    });
  });

  describe('toCsv', () => {
    it('writes the header then the rows, each ended by CRLF', () => {
      expect(
        toCsv(
          ['ID', 'Note'],
          [
            [1, 'x'],
            [null, 'y,z'],
          ],
        ),
      ).to.equal('ID,Note\r\n1,x\r\n,"y,z"\r\n');
    });

    it('writes only the header line for no rows', () => {
      expect(toCsv(['ID', 'Note'], [])).to.equal('ID,Note\r\n');
    });

    it('escapes header cells like any other', () => {
      expect(toCsv(['Credits, net'], [])).to.equal('"Credits, net"\r\n');
    });
  });
});

describe('safeHref', () => {
  it('allows absolute http and https URLs', () => {
    expect(safeHref('https://billing.example/invoices/7')).to.equal(
      'https://billing.example/invoices/7',
    );
    expect(safeHref('http://billing.example/x')).to.equal('http://billing.example/x');
  });

  it('allows a relative URL, resolved against the page', () => {
    expect(safeHref('/invoices/7.pdf')).to.equal(new URL('/invoices/7.pdf', document.baseURI).href);
    expect(safeHref('7.pdf')).to.equal(new URL('7.pdf', document.baseURI).href);
  });

  it('refuses javascript:, data: and vbscript: URLs, however they are written', () => {
    expect(safeHref('javascript:alert(1)')).to.equal(null);
    expect(safeHref(' JavaScript:alert(1)')).to.equal(null);
    expect(safeHref('java\tscript:alert(1)')).to.equal(null);
    expect(safeHref('data:text/html,<script>alert(1)</script>')).to.equal(null);
    expect(safeHref('vbscript:msgbox(1)')).to.equal(null);
  });

  it('refuses other schemes', () => {
    expect(safeHref('mailto:billing@lumen.example')).to.equal(null);
    expect(safeHref('ftp://files.example/x')).to.equal(null);
  });

  it('refuses a malformed URL and an empty value', () => {
    expect(safeHref('http://')).to.equal(null);
    expect(safeHref('https://example.com:99999/')).to.equal(null);
    expect(safeHref('http://[::1/')).to.equal(null);
    expect(safeHref('')).to.equal(null);
    expect(safeHref(null)).to.equal(null);
    expect(safeHref(undefined)).to.equal(null);
  });
});

describe('labels', () => {
  it('humanise() turns snake, kebab and camel case into capitalised words', () => {
    expect(humanise('face_reindex')).to.equal('Face Reindex');
    expect(humanise('paymentMethod')).to.equal('Payment Method');
    expect(humanise('bank-transfer')).to.equal('Bank Transfer');
    expect(humanise('refund')).to.equal('Refund');
  });

  it('humanise() returns a code with no words as it is', () => {
    expect(humanise('')).to.equal('');
    expect(humanise('__')).to.equal('__');
  });

  it('typeLabel() names the known types and humanises the rest', () => {
    expect(typeLabel('ai_image_rotation')).to.equal('AI Image Rotation');
    expect(typeLabel('photo_processing')).to.equal('Photo Processing');
    expect(typeLabel('face_reindex')).to.equal('Face Reindex');
  });

  it('gatewayLabel() names the known gateways in any case, PayGlocal included', () => {
    expect(gatewayLabel('payglocal')).to.equal('PayGlocal');
    expect(gatewayLabel('PAYGLOCAL')).to.equal('PayGlocal');
    expect(gatewayLabel('razorpay')).to.equal('Razorpay');
    expect(gatewayLabel('stripe')).to.equal('Stripe');
    expect(gatewayLabel('cash_free')).to.equal('Cash Free');
  });

  it('additionNote() explains the known additions and names any other', () => {
    expect(additionNote('admin_grant')).to.equal(
      'Credits applied by staff. No payment was involved.',
    );
    expect(additionNote('free_credits')).to.contain('trial');
    expect(additionNote('referral_bonus')).to.equal('Credits added: Referral Bonus.');
  });

  it('detailLabel() names the known detail keys and humanises the rest', () => {
    expect(detailLabel('paymentId')).to.equal('Payment ID');
    expect(detailLabel('orderId')).to.equal('Order ID');
    expect(detailLabel('invoiceNumber')).to.equal('Invoice number');
    expect(detailLabel('bankReference')).to.equal('Bank Reference');
  });

  it('detailValue() names the gateway and leaves other values alone', () => {
    expect(detailValue('gateway', 'payglocal')).to.equal('PayGlocal');
    expect(detailValue('orderId', 'order_8WZ4')).to.equal('order_8WZ4');
    expect(detailValue('note', 'razorpay')).to.equal('razorpay');
  });

  it('isIdentifier() picks the ID and number keys', () => {
    expect(['paymentId', 'orderId', 'id', 'invoiceNumber'].map(isIdentifier)).to.deep.equal([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['gateway', 'bankReference', 'identity', 'paid', 'prepaid'].map(isIdentifier),
    ).to.deep.equal([false, false, false, false, false]);
    expect(['payment_id', 'receiptID'].map(isIdentifier)).to.deep.equal([true, true]);
  });
});

describe('filters', () => {
  describe('parseFilters', () => {
    it('takes empty fields as no filter', () => {
      expect(parseFilters('', '', '')).to.deep.equal({ ok: true, filters: {} });
    });

    it('returns the filters as the contract takes them', () => {
      expect(parseFilters('2026-10-01', '2026-10-31', ' 1042 ')).to.deep.equal({
        ok: true,
        filters: { from: '2026-10-01', to: '2026-10-31', eventId: 1042 },
      });
      expect(parseFilters('2026-10-01', '2026-10-01', '')).to.deep.equal({
        ok: true,
        filters: { from: '2026-10-01', to: '2026-10-01' },
      });
    });

    it('names a From that is not a date', () => {
      const result = parseFilters('01/10/2026', '', '');
      expect(result).to.deep.equal({
        ok: false,
        problem: 'From must be a date (YYYY-MM-DD), not "01/10/2026".',
        fields: ['from'],
      });
      expect(parseFilters('2026-13-01', '', '')).to.include({ ok: false });
    });

    it('names a day that does not exist', () => {
      expect(parseFilters('2026-02-31', '', '')).to.deep.equal({
        ok: false,
        problem: 'From must be a date (YYYY-MM-DD), not "2026-02-31".',
        fields: ['from'],
      });
      expect(parseFilters('2028-02-29', '', '')).to.include({ ok: true });
    });

    it('names a To that is not a date', () => {
      expect(parseFilters('', '2026-10-32', '')).to.deep.equal({
        ok: false,
        problem: 'To must be a date (YYYY-MM-DD), not "2026-10-32".',
        fields: ['to'],
      });
    });

    it('names both dates when From is after To', () => {
      expect(parseFilters('2026-11-01', '2026-10-31', '')).to.deep.equal({
        ok: false,
        problem: 'From must be on or before To.',
        fields: ['from', 'to'],
      });
    });

    it('names an Event ID that is not a whole number', () => {
      for (const bad of ['abc', '-5', '1.5', '1e3', '99999999999999999999']) {
        const result = parseFilters('', '', bad);
        expect(result, bad).to.deep.equal({
          ok: false,
          problem: `Event ID must be a whole number, not "${bad}".`,
          fields: ['eventId'],
        });
      }
    });
  });

  describe('exportFilename', () => {
    it('names the range and the event', () => {
      expect(
        exportFilename('credit-usage', { from: '2026-10-01', to: '2026-10-31', eventId: 1042 }),
      ).to.equal('credit-usage_2026-10-01_to_2026-10-31_event-1042.csv');
    });

    it('names an open-ended range by its one end', () => {
      expect(exportFilename('credit-usage', { from: '2026-10-01' })).to.equal(
        'credit-usage_from_2026-10-01.csv',
      );
      expect(exportFilename('credit-usage', { to: '2026-10-31' })).to.equal(
        'credit-usage_to_2026-10-31.csv',
      );
    });

    it('says all-dates without a range, and keeps event 0', () => {
      expect(exportFilename('purchases', {})).to.equal('purchases_all-dates.csv');
      expect(exportFilename('purchases', { eventId: 0 })).to.equal(
        'purchases_all-dates_event-0.csv',
      );
    });
  });

  describe('exportFilename in the page’s language (item 11)', () => {
    const tFor =
      (locale: string): Translate =>
      (key, params) =>
        translate(locale, locale, key, params);
    before(() => Promise.all(['de', 'fr', 'hi', 'ar'].map((l) => loadShipped(l))));

    it('names a German export in German, ASCII dates, safe for every file system', () => {
      const t = tFor('de');
      expect(
        exportFilename(t('usage.fileName'), { from: '2026-11-01', to: '2026-11-30' }, t),
      ).to.equal('Credit-Verbrauch_2026-11-01_bis_2026-11-30.csv');
      expect(exportFilename(t('purchases.fileName'), { eventId: 1042 }, t)).to.equal(
        'Kaufverlauf_gesamter-Zeitraum_Veranstaltung-1042.csv',
      );
    });

    it('keeps French accents and Hindi and Arabic letters, event IDs in ASCII digits', () => {
      const fr = tFor('fr');
      expect(exportFilename(fr('usage.fileName'), { to: '2026-11-30' }, fr)).to.equal(
        'consommation-de-crédits_jusqu’au_2026-11-30.csv',
      );
      const hi = tFor('hi');
      expect(exportFilename(hi('usage.fileName'), { eventId: 12345 }, hi)).to.equal(
        'क्रेडिट-उपयोग_सभी-तारीखें_इवेंट-12345.csv',
      );
      const ar = tFor('ar');
      expect(exportFilename(ar('purchases.fileName'), { from: '2026-11-01' }, ar)).to.equal(
        'سجل-المشتريات_من_2026-11-01.csv',
      );
    });

    it('replaces what a file system refuses in a host’s wording, keeping its letters', () => {
      expect(safeFilename('Crédit: usage/2026 *final*', 'csv')).to.equal(
        'Crédit-usage-2026-final.csv',
      );
      expect(safeFilename('\u202e..exe\u200f', 'csv')).to.equal('exe.csv');
      expect(safeFilename('अ\u200dब', 'csv'), 'the joiner stays').to.equal('अ\u200dब.csv');
      expect(safeFilename(' ', 'csv')).to.equal('export.csv');
    });
  });
});

describe('attributes', () => {
  const guard = (value: string | null) => guardBoolean.fromAttribute!(value);
  const optional = (value: string | null) => optionalBoolean.fromAttribute!(value);

  it('guardBoolean reads absent and "false" (any case, any padding) as false', () => {
    expect([null, 'false', ' FALSE '].map(guard)).to.deep.equal([false, false, false]);
  });

  it('guardBoolean reads any other value, the empty one included, as true', () => {
    expect(['', 'true', 'anything'].map(guard)).to.deep.equal([true, true, true]);
  });

  it('guardBoolean writes true as a bare attribute and removes it for false', () => {
    expect(guardBoolean.toAttribute!(true)).to.equal('');
    expect(guardBoolean.toAttribute!(false)).to.equal(null);
  });

  it('optionalBoolean reads absent as not set', () => {
    expect(optional(null)).to.equal(undefined);
  });

  it('optionalBoolean reads present values like guardBoolean', () => {
    expect(['', 'false', ' FALSE ', 'true', 'anything'].map(optional)).to.deep.equal([
      true,
      false,
      false,
      true,
      true,
    ]);
  });

  it('optionalBoolean writes false as "false", so it can override a provider', () => {
    expect(optionalBoolean.toAttribute!(undefined)).to.equal(null);
    expect(optionalBoolean.toAttribute!(true)).to.equal('');
    expect(optionalBoolean.toAttribute!(false)).to.equal('false');
  });
});

describe('walkPages', () => {
  type Page = CursorPage<string>;

  function source(pages: Record<string, Page>) {
    const calls: (string | null)[] = [];
    const fetchPage = async (cursor: string | null): Promise<Page> => {
      calls.push(cursor);
      const page = pages[cursor ?? ''];
      if (!page) throw new Error(`test asked for an unknown cursor ${String(cursor)}`);
      return page;
    };
    return { calls, fetchPage };
  }

  async function collect(pages: AsyncIterable<Page>): Promise<string[][]> {
    const items: string[][] = [];
    for await (const page of pages) items.push(page.items);
    return items;
  }

  it('follows the cursors from the first page to the one without', async () => {
    const s = source({
      '': { items: ['a'], nextCursor: 'c1' },
      c1: { items: ['b'], nextCursor: 'c2' },
      c2: { items: ['c'], nextCursor: null },
    });
    expect(await collect(walkPages(s.fetchPage))).to.deep.equal([['a'], ['b'], ['c']]);
    expect(s.calls).to.deep.equal([null, 'c1', 'c2']);
  });

  it('starts from the cursor given', async () => {
    const s = source({
      c1: { items: ['b'], nextCursor: 'c2' },
      c2: { items: ['c'], nextCursor: null },
    });
    expect(await collect(walkPages(s.fetchPage, 'c1'))).to.deep.equal([['b'], ['c']]);
    expect(s.calls).to.deep.equal(['c1', 'c2']);
  });

  it('ends the list at an empty cursor', async () => {
    const s = source({
      '': { items: ['a'], nextCursor: 'c1' },
      c1: { items: ['b'], nextCursor: '' },
    });
    expect(await collect(walkPages(s.fetchPage))).to.deep.equal([['a'], ['b']]);
    expect(s.calls).to.deep.equal([null, 'c1']);
  });

  it('throws a contract error naming a repeated cursor, after the pages before it', async () => {
    const s = source({
      '': { items: ['a'], nextCursor: 'c1' },
      c1: { items: ['b'], nextCursor: 'c2' },
      c2: { items: ['c'], nextCursor: 'c1' },
    });
    const seen: string[][] = [];
    let error: unknown;
    try {
      for await (const page of walkPages(s.fetchPage)) seen.push(page.items);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(CreditsError);
    expect((error as CreditsError).kind).to.equal('contract');
    expect((error as CreditsError).message).to.contain('"c1"');
    expect((error as CreditsError).issues.map((i) => i.path)).to.deep.equal(['nextCursor']);
    expect(seen).to.deep.equal([['a'], ['b'], ['c']]);
    expect(s.calls, 'c1 is not asked for twice').to.deep.equal([null, 'c1', 'c2']);
  });

  it('counts the starting cursor as given', async () => {
    const s = source({ c1: { items: ['b'], nextCursor: 'c1' } });
    let error: unknown;
    try {
      await collect(walkPages(s.fetchPage, 'c1'));
    } catch (e) {
      error = e;
    }
    expect((error as CreditsError | undefined)?.kind).to.equal('contract');
    expect(s.calls).to.deep.equal(['c1']);
  });

  /** A list of `n` pages made on demand (cursor `p<i>`), `items(i)` on page i; endless if n is Infinity. */
  function generated(n: number, items: (i: number) => string[]) {
    const calls: (string | null)[] = [];
    const fetchPage = async (cursor: string | null): Promise<Page> => {
      calls.push(cursor);
      // A walk without a bound fails here rather than running until the page runs out of memory.
      if (calls.length > 20_000) throw new Error('runaway walk: nothing stopped it');
      const i = cursor ? Number(cursor.slice(1)) : 0;
      return { items: items(i), nextCursor: i + 1 < n ? `p${i + 1}` : null };
    };
    return { calls, fetchPage };
  }

  async function failure(pages: AsyncIterable<Page>): Promise<CreditsError> {
    try {
      await collect(pages);
    } catch (e) {
      expect(e).to.be.instanceOf(CreditsError);
      return e as CreditsError;
    }
    throw new Error('the walk ended without an error');
  }

  it('ends a run of empty pages with new cursors as a contract error, at the 10th', async () => {
    const s = generated(Infinity, (i) => (i === 0 ? ['a'] : []));
    const error = await failure(walkPages(s.fetchPage));
    expect(error.kind).to.equal('contract');
    expect(error.walkBound).to.deep.equal({ bound: 'maxEmptyPages', count: 10 });
    expect(s.calls.length, 'the first page, then ten empty ones; no eleventh').to.equal(11);
  });

  it('follows up to 9 empty pages in a row, counting again after a page with rows', async () => {
    const s = generated(30, (i) => (i % 10 === 9 ? [`row ${i}`] : []));
    const pages = await collect(walkPages(s.fetchPage));
    expect(pages.flat()).to.deep.equal(['row 9', 'row 19', 'row 29']);
    expect(s.calls.length).to.equal(30);
  });

  it('ends an empty last page without a cursor normally, however many came before', async () => {
    const s = generated(10, (i) => (i === 0 ? ['a'] : []));
    expect((await collect(walkPages(s.fetchPage))).flat()).to.deep.equal(['a']);
  });

  it('stops a list still going after 10,000 pages with kind "limit", asking for no more', async () => {
    const s = generated(Infinity, (i) => [`row ${i}`]);
    const error = await failure(walkPages(s.fetchPage));
    expect(error.kind).to.equal('limit');
    expect(error.walkBound).to.deep.equal({ bound: 'maxPages', count: 10_000 });
    expect(s.calls.length).to.equal(10_000);
  });

  it('walks a list of exactly 10,000 pages to its end (1,000,000 rows at 100 a page)', async () => {
    const s = generated(10_000, (i) => [`row ${i}`]);
    expect((await collect(walkPages(s.fetchPage))).length).to.equal(10_000);
  });

  it('takes bounds below one as one, so a walk can never stop before its first page', async () => {
    const s = generated(3, () => ['x']);
    const error = await failure(walkPages(s.fetchPage, null, { maxPages: 0 }));
    expect(error.walkBound).to.deep.equal({ bound: 'maxPages', count: 1 });
    expect(s.calls.length).to.equal(1);
  });

  it('stops fetching when the consumer stops early', async () => {
    const s = source({
      '': { items: ['a'], nextCursor: 'c1' },
      c1: { items: ['b'], nextCursor: null },
    });
    for await (const page of walkPages(s.fetchPage)) {
      expect(page.items).to.deep.equal(['a']);
      break;
    }
    expect(s.calls).to.deep.equal([null]);
  });
});
