import { css } from 'lit';

export const monthlySummaryStyles = css`
  .base {
    container: credits-summary / inline-size;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr));
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Each card's heading and figures sit on rows shared by the cards beside it, so a heading that
     wraps moves no figures; no card holds room for what only another has. */
  .month {
    position: relative;
    display: grid;
    grid-row: span 2;
    grid-template-rows: subgrid;
    align-content: start;
    gap: 0.35rem;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-control);
    background: var(--_surface);
  }
  /* The month in progress, marked as its bar is: the usage colour, hatched (not another hue). */
  .month.current {
    border-color: var(--_chart-bar-current);
    box-shadow: inset 0 0 0 1px var(--_chart-bar-current);
  }
  /* Loading, or a month in progress with nothing spent (a new account): no colour. A red box
     around zeros read as an error; the badge still says which month it is. */
  .placeholder .month.current,
  .month.current.idle {
    border-color: var(--_border);
    box-shadow: none;
  }
  .month-head {
    align-self: start;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin: 0;
    font-size: var(--_text-sm);
    font-weight: 600;
  }
  /* On the card's top edge: it never takes a line of the heading (nor of its neighbours'). */
  .current-badge {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 0.75rem;
    translate: 0 -50%;
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    border-color: var(--_chart-bar-current);
    background: var(--_surface);
    color: var(--_text);
  }
  .swatch {
    display: inline-block;
    flex: none;
    width: 0.75rem;
    height: 0.75rem;
    border: 1px solid var(--_chart-bar-current);
    border-radius: 2px;
    background: repeating-linear-gradient(
      -45deg,
      var(--_chart-bar-current) 0 2px,
      color-mix(in srgb, var(--_chart-bar-current) 22%, transparent) 2px 5px
    );
  }
  .chart-key {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
    margin: 0;
    font-size: var(--_text-xs);
  }
  .chart-key .swatch {
    translate: 0 0.1em;
  }
  dl {
    display: grid;
    gap: 0.2rem;
    margin: 0;
  }
  /* One long word (German "Verbrauchstransaktionen") hyphenates, or breaks, inside the card. */
  dt {
    font-size: var(--_text-xs);
    color: var(--_muted);
    hyphens: auto;
    overflow-wrap: anywhere;
  }
  dd {
    margin: 0 0 0.35rem;
    font-variant-numeric: tabular-nums;
  }
  .usage {
    font-size: var(--_text-xl);
    font-weight: 700;
    line-height: 1.15;
  }
  /* Spend is the danger colour; a month without usage is no alarm and stays neutral. */
  .usage.spend {
    color: var(--_danger);
  }
  .chart {
    position: relative;
    min-width: 0;
    height: var(--_chart-height);
    /* Until Chart.js sizes it, the canvas is 300 px wide: on a phone it stuck out of the page
       for a frame, which scrolled sideways. */
    overflow: hidden;
  }
  .chart canvas {
    display: block;
  }
  /* Two lines reserved, what most readings take, so the skeleton's box is the loaded one's. */
  .trend {
    min-height: calc(2lh + 1.5rem);
    margin: 0;
    padding: 0.75rem 1rem;
    border-radius: var(--_radius-control);
    background: var(--_subtle);
  }
  .trend strong {
    display: block;
  }
  /* Nine months or more (months="12"): rows of equal length, six or four cards, where
     auto-fit would leave 8 + 4 with the second row's end empty. */
  @container credits-summary (min-width: 38rem) {
    .cards:has(> :nth-child(9)) {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
  @container credits-summary (min-width: 60rem) {
    .cards:has(> :nth-child(9)) {
      grid-template-columns: repeat(6, minmax(0, 1fr));
    }
  }
  /* A phone-width summary: one card per row, its two figures side by side, instead of two
     cramped columns whose labels and note wrap word by word. */
  @container credits-summary (max-width: 26rem) {
    .cards {
      grid-template-columns: minmax(0, 1fr);
      gap: 0.5rem;
    }
    .month {
      grid-row: auto;
      grid-template-rows: none;
      padding: 0.75rem 1rem;
    }
    .month dl {
      grid-template-rows: auto auto;
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      column-gap: 1rem;
    }
    .month dd {
      margin-bottom: 0;
    }
    .usage {
      font-size: var(--_text-xl);
    }
  }
  /* In a narrow container a reading takes more lines: reserve them too. */
  @container credits-summary (max-width: 30rem) {
    .trend {
      min-height: calc(4lh + 1.5rem);
    }
  }
  /* Probes: the chart reads its colours from these, so theme tokens and dark mode reach it. */
  .probe {
    display: none;
  }
  .probe.bar {
    color: var(--_chart-bar);
  }
  .probe.current {
    color: var(--_chart-bar-current);
  }
  .probe.text {
    color: var(--_muted);
  }
  .probe.grid {
    color: var(--_border);
  }
  @media (forced-colors: active) {
    /* Box shadows are dropped: a thicker edge drawn inside the border, so nothing moves. */
    .month.current {
      outline: 2px solid CanvasText;
      outline-offset: -3px;
    }
    /* The hatching is the mark, not a colour: kept, in the system's text colour. */
    .swatch {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: repeating-linear-gradient(-45deg, CanvasText 0 2px, Canvas 2px 5px);
    }
    .trend {
      border: 1px solid CanvasText;
    }
  }
`;
