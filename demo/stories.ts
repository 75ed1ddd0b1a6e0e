/**
 * The playground's stories: for each element, named setups of its attributes against a scenario
 * of the mock API (demo/mock-api.ts), with a theme where it matters.
 */
export interface Story {
  name: string;
  /** Scenario of the mock API: the element's `endpoint` is `/api/<scenario>`. */
  scenario: string;
  attrs?: Record<string, string | true>;
  theme?: 'light' | 'dark' | 'brand';
}

/** The states every element is shown in (the sidebar sets them apart, as one block to skip). */
export const COMMON: Story[] = [
  { name: 'Empty new account', scenario: 'empty' },
  { name: 'Server error', scenario: 'error' },
  { name: 'Slow network (2.5 s)', scenario: 'slow' },
  { name: 'Session expired', scenario: 'expired' },
  { name: 'German locale', scenario: 'credits', attrs: { locale: 'de-DE' } },
  { name: 'Hindi (India)', scenario: 'credits', attrs: { locale: 'hi-IN' } },
  { name: 'Arabic, right to left', scenario: 'credits', attrs: { locale: 'ar', dir: 'rtl' } },
  { name: 'Dark theme', scenario: 'credits', theme: 'dark' },
  { name: 'Brand theme', scenario: 'credits', theme: 'brand' },
];

const withAdmin = (extra: Story[] = []): Story[] => [
  { name: 'Admin', scenario: 'credits', attrs: { admin: true } },
  { name: 'Operator', scenario: 'credits' },
  ...extra,
  ...COMMON,
];

export const STORIES: Record<string, Story[]> = {
  'credits-dashboard': withAdmin([
    {
      name: 'Pro plan about to expire',
      scenario: 'pro',
      attrs: { admin: true, tab: 'subscription' },
    },
    { name: 'A pending payment', scenario: 'credits', attrs: { admin: true, tab: 'billing' } },
    {
      name: 'Session expired, with a sign-in page',
      scenario: 'expired',
      attrs: { 'signin-href': '#sign-in' },
    },
  ]),
  'credits-balance': withAdmin([
    { name: 'Cost shown', scenario: 'credits', attrs: { 'show-cost': true } },
    { name: 'Cost hidden', scenario: 'credits', attrs: { 'show-cost': 'false' } },
    {
      name: 'Low balance warning',
      scenario: 'credits',
      attrs: { admin: true, 'low-balance': '20000' },
    },
  ]),
  'credits-monthly-summary': [
    { name: 'Four months', scenario: 'credits' },
    { name: 'A year', scenario: 'credits', attrs: { months: '12' } },
    ...COMMON,
  ],
  'credits-usage-table': [
    { name: 'Paged', scenario: 'credits', attrs: { 'event-href': '#event-{id}' } },
    {
      name: 'Long history, scrolling',
      scenario: 'long',
      attrs: { paging: 'scroll', 'page-size': '100' },
    },
    ...COMMON,
  ],
  'credits-purchase-history': [{ name: 'Paged', scenario: 'credits' }, ...COMMON],
  'credits-subscription': [
    { name: 'Pay As You Go', scenario: 'credits' },
    { name: 'Pro plan about to expire', scenario: 'pro' },
    ...COMMON,
  ],
  'credits-payments': withAdmin([
    { name: 'A pending payment', scenario: 'credits', attrs: { admin: true } },
    { name: 'An invoice waiting for an address', scenario: 'unbilled', attrs: { admin: true } },
  ]),
  'credits-billing-details': withAdmin(),
  'credits-billing': withAdmin([
    { name: 'An invoice waiting for an address', scenario: 'unbilled', attrs: { admin: true } },
  ]),
  'credits-auto-top-up': [
    { name: 'Admin', scenario: 'credits', attrs: { admin: true } },
    { name: 'Operator (read only)', scenario: 'credits' },
    { name: 'Price of a top-up shown', scenario: 'credits', attrs: { 'show-cost': true } },
    {
      name: 'Off, no payment method (Save when on: 409)',
      scenario: 'empty',
      attrs: { admin: true },
    },
    { name: 'Last top-up declined', scenario: 'declined', attrs: { admin: true } },
    { name: 'A 1.0 backend (404): renders nothing', scenario: 'legacy', attrs: { admin: true } },
    { name: 'Contract violation', scenario: 'broken' },
    ...COMMON.filter((story) => story.scenario !== 'empty'),
  ],
  'credits-alerts': [
    { name: 'Admin', scenario: 'credits', attrs: { admin: true } },
    { name: 'Operator', scenario: 'credits' },
    { name: 'Admin: alerts off, no one told', scenario: 'empty', attrs: { admin: true } },
    { name: 'Sent yesterday', scenario: 'declined' },
    { name: 'Admin, German', scenario: 'credits', attrs: { admin: true, locale: 'de-DE' } },
    {
      name: 'Backend without alerts (renders nothing)',
      scenario: 'legacy',
      attrs: { admin: true },
    },
    { name: 'Contract violation', scenario: 'broken' },
    ...COMMON.filter((s) => s.scenario !== 'empty'),
  ],
  'credits-usage-breakdown': [
    { name: 'By event, this month', scenario: 'credits' },
    { name: 'By user', scenario: 'credits', attrs: { by: 'user' } },
    { name: 'By type', scenario: 'credits', attrs: { by: 'type' } },
    { name: 'Top 3, the rest as Other', scenario: 'credits', attrs: { limit: '3' } },
    {
      name: 'Events open /events/{id}',
      scenario: 'credits',
      attrs: { 'event-href': '/events/{id}' },
    },
    { name: 'Backend without a breakdown (renders nothing)', scenario: 'legacy' },
    { name: 'Contract violation', scenario: 'broken' },
    ...COMMON,
  ],
  'credits-top-up': [
    { name: 'Admin (press Open)', scenario: 'credits', attrs: { admin: true } },
    { name: 'Operator: no dialog', scenario: 'credits' },
    { name: 'German locale', scenario: 'credits', attrs: { admin: true, locale: 'de-DE' } },
  ],
};
