import { html, nothing, type TemplateResult } from 'lit';
import type { Money } from '../../api/types.js';
import '../../i18n/en/top-up.js';
import type { Translate } from '../../i18n/keys.js';
import {
  formatInteger,
  formatMoney,
  formatPercent,
  symbolNamesCurrency,
} from '../../internal/format.js';
import {
  amountProblem,
  BUNDLES,
  creditsForPhotos,
  MARGIN_PERCENT,
  MIN_CREDITS,
  parseAmount,
} from './bundles.js';
import { price } from './price.js';

export { price };

/** The dialog's steps, as templates of what the element holds. */

export interface CreditsStep {
  locale: string;
  /** The element's messages. */
  t: Translate;
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

export function renderCreditsStep(s: CreditsStep): TemplateResult {
  const t = s.t;
  const problem = s.choice === 'custom' && s.custom ? amountProblem(s.custom, t, s.locale) : null;
  const photos = parseAmount(s.photos, s.locale);
  const suggestion =
    s.photos && Number.isFinite(photos) && photos > 0 ? creditsForPhotos(photos) : null;
  // The margin is a placeholder, in the locale's digits and percent sign (`١٠٪؜`, `10 %`).
  const percent = formatPercent(MARGIN_PERCENT / 100, s.locale);
  return html`<fieldset class="bundles">
      <legend>${t('topUp.howMany')}</legend>
      ${BUNDLES.map(
        (b) =>
          html`<label class="bundle">
            <input
              type="radio"
              name="bundle"
              .checked=${s.choice === b.credits}
              @change=${() => s.onChoice(b.credits)}
            />
            <span class="amount">${t('topUp.credits', { count: b.credits })}</span>
            <span class="price">${price(b.credits, s.cost, s.locale) ?? ''}</span>
            <span class="suits muted">${t('topUp.bundleSuits', { from: b.from, to: b.to })}</span>
          </label>`,
      )}
      <label class="bundle">
        <input
          type="radio"
          name="bundle"
          .checked=${s.choice === 'custom'}
          @change=${() => s.onChoice('custom')}
        />
        <span class="amount">${t('topUp.another')}</span>
        <span class="suits muted">${t('topUp.anotherSuits')}</span>
      </label>
      ${
        // Asked for only once chosen: beside a bundle it would be a field to skip.
        s.choice === 'custom'
          ? html`<div class="custom">
              <label for="custom">${t('topUp.customLabel')}</label>
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
                ${problem ?? t('topUp.customHint', { min: MIN_CREDITS })}
              </p>
            </div>`
          : nothing
      }
    </fieldset>
    <div class="helper">
      <label for="photos">${t('topUp.photosLabel')}</label>
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
            ? html`${t('topUp.suggestion', { count: suggestion, percent })}
                <button class="btn small" type="button" @click=${() => s.onUse(suggestion)}>
                  ${t('topUp.useSuggestion', { count: suggestion })}
                </button>`
            : t('topUp.advice', { percent })
        }
      </p>
    </div>
    ${s.error ? html`<p class="alert" role="alert"><span>${s.error}</span></p>` : nothing}`;
}

export interface ReviewStep {
  locale: string;
  /** The element's messages. */
  t: Translate;
  credits: number;
  cost: Money | null;
  available: number | null;
  error: string;
}

export function renderReviewStep(s: ReviewStep): TemplateResult {
  const t = s.t;
  const total = price(s.credits, s.cost, s.locale);
  return html`<dl class="review">
      <dt>${t('topUp.reviewCredits')}</dt>
      <dd>${formatInteger(s.credits, s.locale)}</dd>
      ${
        s.cost
          ? html`<dt>${t('topUp.costPerCredit')}</dt>
              <dd>${formatMoney(s.cost, s.locale)}</dd>
              <dt>${t('topUp.total')}</dt>
              <dd class="total">
                <bdi>${total}</bdi>
                ${
                  symbolNamesCurrency(s.cost.currency, s.locale)
                    ? nothing
                    : html`<bdi class="muted">(${s.cost.currency})</bdi>`
                }
              </dd>`
          : html`<dt>${t('topUp.total')}</dt>
              <dd>${t('topUp.shownAtCheckout')}</dd>`
      }
      ${
        s.available !== null
          ? html`<dt>${t('topUp.balanceAfter')}</dt>
              <dd>${t('topUp.credits', { count: s.available + s.credits })}</dd>`
          : nothing
      }
    </dl>
    <p class="muted">${t('topUp.taxes')}</p>
    ${s.error ? html`<p class="alert" role="alert"><span>${s.error}</span></p>` : nothing}`;
}
