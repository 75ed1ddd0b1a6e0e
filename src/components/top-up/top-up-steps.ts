import { html, nothing, type TemplateResult } from 'lit';
import type { Money } from '../../api/types.js';
import { multiply, round } from '../../internal/decimal.js';
import { formatInteger, formatMoney } from '../../internal/format.js';
import { amountProblem, BUNDLES, creditsForPhotos, parseAmount } from './bundles.js';

/** The dialog's steps, as templates of what the element holds. */

export interface CreditsStep {
  locale: string;
  cost: Money | null;
  choice: number | 'custom';
  custom: string;
  photos: string;
  /** The server's word on the last try (a 422), shown here with the amount kept. */
  error: string;
  onChoice: (choice: number | 'custom') => void;
  onCustom: (typed: string) => void;
  onPhotos: (typed: string) => void;
  onUse: (credits: number) => void;
}

/** The price of `credits` at `cost`, exactly, to the currency's minor unit. */
export function price(credits: number, cost: Money | null, locale: string): string | null {
  if (!cost) return null;
  const digits =
    new Intl.NumberFormat(locale, { style: 'currency', currency: cost.currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  return formatMoney(
    { amount: round(multiply(cost.amount, credits), digits), currency: cost.currency },
    locale,
  );
}

export function renderCreditsStep(s: CreditsStep): TemplateResult {
  const n = (v: number) => formatInteger(v, s.locale);
  const problem = s.choice === 'custom' && s.custom ? amountProblem(s.custom) : null;
  const photos = parseAmount(s.photos);
  const suggestion =
    s.photos && Number.isFinite(photos) && photos > 0 ? creditsForPhotos(photos) : null;
  return html`<fieldset class="bundles">
      <legend>How many credits?</legend>
      ${BUNDLES.map(
        (b) =>
          html`<label class="bundle">
            <input
              type="radio"
              name="bundle"
              .checked=${s.choice === b.credits}
              @change=${() => s.onChoice(b.credits)}
            />
            <span class="amount">${n(b.credits)} credits</span>
            <span class="price">${price(b.credits, s.cost, s.locale) ?? ''}</span>
            <span class="suits muted">For ${b.suits}</span>
          </label>`,
      )}
      <label class="bundle">
        <input
          type="radio"
          name="bundle"
          .checked=${s.choice === 'custom'}
          @change=${() => s.onChoice('custom')}
        />
        <span class="amount">Another amount</span>
        <span class="suits muted">For larger events: top up as you need, 1,000 at least</span>
      </label>
      <div class="custom">
        <label for="custom">Credits</label>
        <input
          id="custom"
          inputmode="numeric"
          autocomplete="off"
          .value=${s.custom}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby="custom-note"
          @input=${(e: Event) => s.onCustom((e.target as HTMLInputElement).value)}
        />
        <p id="custom-note" class=${problem ? 'field-error' : 'muted'} aria-live="polite">
          ${problem ?? 'A whole number, at least 1,000. Credits never expire.'}
        </p>
      </div>
    </fieldset>
    <div class="helper">
      <label for="photos">Photos at my next event</label>
      <input
        id="photos"
        inputmode="numeric"
        autocomplete="off"
        .value=${s.photos}
        aria-describedby="photos-note"
        @input=${(e: Event) => s.onPhotos((e.target as HTMLInputElement).value)}
      />
      <p id="photos-note" class="muted" aria-live="polite">
        ${
          suggestion
            ? html`Enough for that event plus 10%: ${n(suggestion)} credits.
                <button class="btn small" type="button" @click=${() => s.onUse(suggestion)}>
                  Use ${n(suggestion)} credits
                </button>`
            : 'The advice is to buy enough for your next event plus 10%.'
        }
      </p>
    </div>
    ${s.error ? html`<p class="alert" role="alert"><span>${s.error}</span></p>` : nothing}`;
}

export interface ReviewStep {
  locale: string;
  credits: number;
  cost: Money | null;
  available: number | null;
  error: string;
}

export function renderReviewStep(s: ReviewStep): TemplateResult {
  const n = (v: number) => formatInteger(v, s.locale);
  const total = price(s.credits, s.cost, s.locale);
  return html`<dl class="review">
      <dt>Credits</dt>
      <dd>${n(s.credits)}</dd>
      ${
        s.cost
          ? html`<dt>Cost per credit</dt>
              <dd>${formatMoney(s.cost, s.locale)}</dd>
              <dt>Total</dt>
              <dd class="total">${total} <span class="muted">(${s.cost.currency})</span></dd>`
          : html`<dt>Total</dt>
              <dd>Shown at checkout</dd>`
      }
      ${
        s.available !== null
          ? html`<dt>Balance after purchase</dt>
              <dd>${n(s.available + s.credits)} credits</dd>`
          : nothing
      }
    </dl>
    <p class="muted">Taxes, where they apply, are added at checkout. Credits never expire.</p>
    ${s.error ? html`<p class="alert" role="alert"><span>${s.error}</span></p>` : nothing}`;
}
