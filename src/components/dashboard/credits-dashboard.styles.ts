import { css } from 'lit';

export const dashboardStyles = css`
  /* The shared rules give the one failure its alert and buttons; the tabs and the plan header
     sit on the page, in its colour scheme (the cards inside follow it where the page pins one). */
  :host {
    display: block;
    color-scheme: inherit;
  }
  /* A card whose title is the name of the tab it sits in (Credit Usage, Purchase History,
     Subscription) keeps it for screen readers (it names the card), not on screen twice. The
     plan badge above the tabs is hidden on the Subscription tab, which shows the plan. */
  #panel-usage > credits-usage-table::part(title),
  #panel-purchases > credits-purchase-history::part(title),
  #panel-subscription > credits-subscription::part(title) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* With that title off screen, Export CSV would stand alone on a line above the filters: where
     the filters and the button fit on one line, they share it (the button at its end). On a
     phone the filters keep the width and the button its own line. */
  #panel-usage,
  #panel-purchases {
    container: history / inline-size;
  }
  @container history (min-width: 40rem) {
    #panel-usage > credits-usage-table::part(toolbar),
    #panel-purchases > credits-purchase-history::part(toolbar) {
      grid-area: 1 / 1;
    }
    #panel-usage > credits-usage-table::part(export-button),
    #panel-purchases > credits-purchase-history::part(export-button) {
      align-self: end;
    }
  }
  /* Every widget of the tab failed for one cause: the one message stands in for them (they stay
     in the page, loading again with its Retry), and for the plan header. */
  .failed [role='tabpanel'] > :not(.shared-failure),
  .failed > credits-subscription {
    display: none;
  }
  .dashboard {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.25rem;
    border-bottom: 1px solid var(--_border);
  }
  /* The sections stay on one line: on a phone the row scrolls sideways, faded at an edge with
     more beyond it (ScrollEdgesController), the chosen tab kept in view. A tab wrapping alone
     onto a second line read as a different kind of control. */
  .outer[role='tablist'] {
    flex-wrap: nowrap;
    overflow-x: auto;
    overflow-y: hidden;
    scrollbar-width: none;
    overscroll-behavior-x: contain;
  }
  .outer::-webkit-scrollbar {
    display: none;
  }
  .outer[data-more='right'] {
    mask-image: linear-gradient(to right, #000 calc(100% - 3rem), transparent);
  }
  .outer[data-more='left'] {
    mask-image: linear-gradient(to left, #000 calc(100% - 3rem), transparent);
  }
  .outer[data-more='left right'] {
    mask-image: linear-gradient(
      to right,
      transparent,
      #000 3rem,
      #000 calc(100% - 3rem),
      transparent
    );
  }
  /* Inside the scrolling row, a ring outside the tab would be cut off. */
  .outer [role='tab']:focus-visible {
    outline-offset: -3px;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  [role='tab'] {
    flex: none;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: none;
    border-bottom: 3px solid transparent;
    background: none;
    color: var(--_muted);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  [role='tab']:hover {
    color: var(--_text);
  }
  [role='tab'][aria-selected='true'] {
    border-bottom-color: var(--_accent);
    color: var(--_text);
  }
  /* The pills keep the gap between them when they wrap (a phone, a longer language): one above
     the other, they would touch. */
  .inner[role='tablist'] {
    row-gap: 0.25rem;
    border-bottom: none;
  }
  .inner [role='tab'] {
    min-height: 2.25rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.25rem 0.9rem;
  }
  .inner [role='tab'][aria-selected='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  [role='tabpanel'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
  }
  [role='tabpanel'][hidden] {
    display: none;
  }
  [role='tabpanel']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 4px;
  }
  /* The reference's order: the balance, the monthly summary below it, then the history. */
  .top {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
  }
  /* Automatic top-up and alerts side by side where there is room; one above the other on a
     phone. A card the backend does not offer takes no room, the other the whole row. */
  .never-run-out {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
    gap: 1rem;
    align-items: start;
  }
  .never-run-out[hidden] {
    display: none;
  }
  .never-run-out:focus {
    outline: none;
  }
  .never-run-out:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 4px;
  }
  /* Credit Usage filtered to the event chosen in the breakdown: what it shows, and the way back. */
  .usage-filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-inline-start: 3px solid var(--_accent);
    border-radius: var(--_radius-control);
    background: var(--_subtle);
    color: var(--_text);
  }
  .usage-filter button {
    min-height: 2.25rem;
    padding: 0 0.25rem;
    border: none;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
  }
  /* Forced colours turn a transparent border into a visible one (every tab would look chosen)
     and drop backgrounds (the chosen pill would look like the others): the chosen tab gets the
     system's selection colours, and nothing else looks like it or like the focus ring. */
  @media (forced-colors: active) {
    [role='tab'] {
      border-bottom-color: Canvas;
    }
    [role='tab'][aria-selected='true'] {
      border-bottom-color: Highlight;
    }
    .inner [role='tab'] {
      border-color: ButtonText;
    }
    .inner [role='tab'][aria-selected='true'] {
      forced-color-adjust: none;
      border-color: SelectedItem;
      background: SelectedItem;
      color: SelectedItemText;
    }
    :focus-visible,
    [role='tabpanel']:focus-visible {
      outline-color: Highlight;
    }
  }
  /* The tab's name in English while the element's language downloads: kept for its width,
     not shown, so the reader never sees words change. */
  .unready {
    color: transparent;
  }
`;
