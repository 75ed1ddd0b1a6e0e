/**
 * How a country writes the place line(s) of a postal address: "Mountain View, CA 94043" in the
 * US, "10115 Berlin" in Germany, "São Paulo - SP" over the CEP in Brazil, each part of the UK on
 * its own line. Layouts follow the Universal Postal Union's and Google's libaddressinput data
 * for the countries of the shipped languages (DE, AT, CH, FR, BE, ES, PT, BR, IN, AE, SA, EG…),
 * the US and the UK; any other country gets "city, state, postal code".
 */
export interface PostalAddress {
  line1?: string;
  line2?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  country?: string;
}

/** The parts of an address its country orders. */
export type PlacePart = 'city' | 'state' | 'postalCode';

/** One line: the parts in order, each with the text written before it after another part. */
type Line = readonly (readonly [PlacePart, string])[];
type Layout = readonly Line[];

/** "10115 Berlin", the region (rarely written) on a line of its own. */
const POSTAL_CITY: Layout = [
  [
    ['postalCode', ''],
    ['city', ' '],
  ],
  [['state', '']],
];
/** "Mountain View, CA 94043"; "Bengaluru, Karnataka 560001" (the PIN code last). */
const CITY_STATE_POSTAL: Layout = [
  [
    ['city', ''],
    ['state', ', '],
    ['postalCode', ' '],
  ],
];
/** "Sydney NSW 2000", "Toronto ON M5V 2T6". */
const CITY_STATE_POSTAL_SPACED: Layout = [
  [
    ['city', ''],
    ['state', ' '],
    ['postalCode', ' '],
  ],
];
/** "Riyadh 12271", the region below. */
const CITY_POSTAL: Layout = [
  [
    ['city', ''],
    ['postalCode', ' '],
  ],
  [['state', '']],
];
/** Each part on its own line: the UK (post town, county, postcode), Egypt. */
const STACKED: Layout = [[['city', '']], [['state', '']], [['postalCode', '']]];

const LAYOUTS: Readonly<Record<string, Layout>> = {
  US: CITY_STATE_POSTAL,
  IN: CITY_STATE_POSTAL,
  CA: CITY_STATE_POSTAL_SPACED,
  AU: CITY_STATE_POSTAL_SPACED,
  GB: STACKED,
  EG: STACKED,
  DE: POSTAL_CITY,
  AT: POSTAL_CITY,
  CH: POSTAL_CITY,
  LI: POSTAL_CITY,
  LU: POSTAL_CITY,
  FR: POSTAL_CITY,
  BE: POSTAL_CITY,
  NL: POSTAL_CITY,
  ES: POSTAL_CITY,
  IT: POSTAL_CITY,
  PT: POSTAL_CITY,
  // "São Paulo - SP", then the CEP (Correios).
  BR: [
    [
      ['city', ''],
      ['state', ' - '],
    ],
    [['postalCode', '']],
  ],
  // "Dubai", then the emirate; addresses there rarely have a postal code (a P.O. Box may stand in).
  AE: CITY_POSTAL,
  SA: CITY_POSTAL,
  QA: CITY_POSTAL,
  KW: CITY_POSTAL,
  BH: CITY_POSTAL,
  OM: CITY_POSTAL,
  JO: CITY_POSTAL,
  MA: POSTAL_CITY,
  DZ: POSTAL_CITY,
  TN: POSTAL_CITY,
};

const DEFAULT: Layout = [
  [
    ['city', ''],
    ['state', ', '],
    ['postalCode', ', '],
  ],
];

function layoutOf(country: string | undefined): Layout {
  return LAYOUTS[(country ?? '').trim().toUpperCase()] ?? DEFAULT;
}

/**
 * The place lines of `a` as its country writes them; empty parts and empty lines left out. A
 * region that only repeats the city ("Berlin, Berlin"; "Dubai, Dubai") is written once.
 */
export function placeLines(a: PostalAddress): string[] {
  const value = (part: PlacePart): string => {
    const text = (a[part] ?? '').trim();
    if (
      part === 'state' &&
      text.toLocaleLowerCase() === (a.city ?? '').trim().toLocaleLowerCase()
    ) {
      return '';
    }
    return text;
  };
  return layoutOf(a.country).flatMap((line) => {
    const written = line
      .map(([part, before]) => [value(part), before] as const)
      .filter(([text]) => text);
    const text = written.map(([t, before], i) => (i ? before + t : t)).join('');
    return text ? [text] : [];
  });
}

/**
 * The whole address, one string per line: street lines, the place as the country writes it,
 * then the country's name (`countryName`: in the reader's language).
 */
export function addressLines(a: PostalAddress, countryName: (code: string) => string): string[] {
  const street = [a.line1, a.line2].map((l) => (l ?? '').trim()).filter(Boolean);
  const country = a.country ? countryName(a.country) : '';
  return [...street, ...placeLines(a), ...(country ? [country] : [])];
}

/** The place parts in the order the country writes them, for the form's fields. */
export function placeOrder(country: string | undefined): PlacePart[] {
  const order = layoutOf(country).flatMap((line) => line.map(([part]) => part));
  return [...new Set(order)];
}
