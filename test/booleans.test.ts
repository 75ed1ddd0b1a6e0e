/**
 * Every boolean setting of every element, as an attribute and as a property, with each value a
 * framework may send: React 19 and Svelte 5 set the string "false" as the property, Vue's bare
 * `admin` sets "", frameworks serialise `false` as the attribute "false". `"false"` must be
 * false and `""` true either way.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { guardBoolean, optionalBoolean } from '../src/internal/attributes.js';
import * as fx from './fixtures.js';
import { has } from './helpers/dom.js';
import { fakeServer, restoreFetch } from './helpers/fake-server.js';
import './helpers/setup.js';

/** tag → its boolean properties, and what an absent one reads (false, or undefined: "the provider's"). */
const FLAGS: Record<string, Record<string, { attribute: string; absent: boolean | undefined }>> = {
  'credits-provider': {
    admin: { attribute: 'admin', absent: false },
    showCost: { attribute: 'show-cost', absent: false },
  },
  'credits-dashboard': {
    admin: { attribute: 'admin', absent: false },
    showCost: { attribute: 'show-cost', absent: false },
  },
  'credits-balance': {
    admin: { attribute: 'admin', absent: undefined },
    showCost: { attribute: 'show-cost', absent: undefined },
  },
  'credits-payments': { admin: { attribute: 'admin', absent: undefined } },
  'credits-billing-details': { admin: { attribute: 'admin', absent: undefined } },
  'credits-billing': { admin: { attribute: 'admin', absent: undefined } },
  'credits-top-up': { admin: { attribute: 'admin', absent: undefined } },
  'credits-auto-top-up': {
    admin: { attribute: 'admin', absent: undefined },
    showCost: { attribute: 'show-cost', absent: undefined },
  },
  'credits-alerts': { admin: { attribute: 'admin', absent: undefined } },
  'credits-subscription': { compact: { attribute: 'compact', absent: false } },
};

/** value given → what it means; `absent` is the attribute removed / the property set to undefined. */
const VALUES: [string, unknown, boolean | 'absent'][] = [
  ['true', true, true],
  ['false', false, false],
  ['"false"', 'false', false],
  ['"FALSE "', 'FALSE ', false],
  ['""', '', true],
  ['"true"', 'true', true],
  ['absent', undefined, 'absent'],
];

describe('boolean settings mean the same as attributes and as properties', () => {
  it('every boolean property of every element is listed here', () => {
    for (const tag of Object.keys(FLAGS)) {
      const ctor = customElements.get(tag) as unknown as {
        elementProperties: Map<string, { type?: unknown; converter?: unknown }>;
      };
      const booleans = [...ctor.elementProperties]
        .filter(
          ([, o]) =>
            o.type === Boolean || o.converter === guardBoolean || o.converter === optionalBoolean,
        )
        .map(([name]) => name);
      expect(booleans.sort(), tag).to.deep.equal(Object.keys(FLAGS[tag]!).sort());
    }
  });

  for (const [tag, flags] of Object.entries(FLAGS)) {
    for (const [name, { attribute, absent }] of Object.entries(flags)) {
      for (const [label, value, means] of VALUES) {
        const expected = means === 'absent' ? absent : means;
        it(`<${tag}> ${name} = ${label} as a property reads ${String(expected)}`, () => {
          const el = document.createElement(tag) as unknown as Record<string, unknown>;
          el[name] = true;
          el[name] = value;
          expect(el[name]).to.equal(expected);
        });
        if (typeof value === 'boolean') continue;
        it(`<${tag} ${attribute}=${label}> as an attribute reads ${String(expected)}`, async () => {
          const el = document.createElement(tag) as unknown as HTMLElement &
            Record<string, unknown> & { updateComplete?: Promise<boolean> };
          if (value !== undefined) el.setAttribute(attribute, value as string);
          expect(el[name]).to.equal(expected);
        });
      }
    }
  }
});

describe('Purchase Credits follows admin set either way', () => {
  afterEach(restoreFetch);

  const cases: [string, (el: HTMLElement & { admin?: unknown }) => void, boolean][] = [
    ['the property true', (el) => (el.admin = true), true],
    ['the property false', (el) => (el.admin = false), false],
    ['the property "false" (React 19, Svelte 5)', (el) => (el.admin = 'false'), false],
    ['the property "" (Vue’s bare admin)', (el) => (el.admin = ''), true],
    ['the attribute admin=""', (el) => el.setAttribute('admin', ''), true],
    ['the attribute admin="false"', (el) => el.setAttribute('admin', 'false'), false],
    ['nothing', () => {}, false],
  ];
  for (const [label, set, shown] of cases) {
    it(`${shown ? 'shows' : 'hides'} it with ${label}`, async () => {
      const server = fakeServer({
        'GET /balance': { body: fx.balance },
        'GET /usage/monthly': { body: fx.monthly },
      });
      const el = document.createElement('credits-balance') as HTMLElement & { admin?: unknown };
      el.setAttribute('endpoint', server.endpoint);
      el.setAttribute('locale', 'en-US');
      set(el);
      await fixture(html`<div>${el}</div>`);
      await waitUntil(() => has(el, '[part~="value"]'), 'the balance never showed');
      expect(has(el, '[part~="purchase-button"]'), 'Purchase Credits').to.equal(shown);
    });
  }
});
