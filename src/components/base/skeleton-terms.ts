import { html, nothing, type TemplateResult } from 'lit';

/**
 * The loading skeleton of a card of terms: a `<dl>` of each label with a sample value of the
 * loaded layout's length, and the admin's button under it when there is one.
 */
export function renderSkeletonTerms(
  rows: readonly (readonly [string, string])[],
  button?: string,
): TemplateResult {
  return html`<dl>
      ${rows.map(
        ([label, value]) =>
          html`<dt>${label}</dt>
            <dd><span class="skeleton-text">${value}</span></dd>`,
      )}
    </dl>
    ${
      button
        ? html`<div class="actions">
            <span class="btn skeleton-text">${button}</span>
          </div>`
        : nothing
    }`;
}
