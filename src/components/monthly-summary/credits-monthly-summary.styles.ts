import { css } from 'lit';

export const monthlySummaryStyles = css`
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr));
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .month {
    display: grid;
    align-content: start;
    gap: 0.35rem;
    padding: 1rem;
    border: 1px solid var(--credits-color-border, light-dark(#d1d9e0, #3d444d));
    border-radius: var(--credits-radius-control, 8px);
    background: var(--credits-color-surface, light-dark(#ffffff, #161b22));
  }
  .month.current {
    border-color: var(--credits-color-accent, light-dark(#0969da, #4493f8));
    box-shadow: inset 0 0 0 1px var(--credits-color-accent, light-dark(#0969da, #4493f8));
  }
  .month-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin: 0;
    font-size: 0.95rem;
    font-weight: 600;
  }
  .badge {
    padding: 0.1rem 0.5rem;
    border-radius: 999px;
    font-size: 0.75rem;
    font-weight: 700;
    background: var(--credits-color-accent, light-dark(#0969da, #4493f8));
    color: var(--credits-color-on-accent, light-dark(#ffffff, #0d1117));
  }
  dl {
    display: grid;
    gap: 0.2rem;
    margin: 0;
  }
  dt {
    font-size: 0.8rem;
    color: var(--credits-color-muted, light-dark(#59636e, #9198a1));
  }
  dd {
    margin: 0 0 0.35rem;
    font-variant-numeric: tabular-nums;
  }
  .usage {
    font-size: 1.75rem;
    font-weight: 700;
    line-height: 1.15;
    color: var(--credits-color-danger, light-dark(#c62828, #f85149));
  }
  .in-progress {
    margin: 0;
    font-size: 0.8rem;
  }
  .chart {
    position: relative;
    min-width: 0;
    height: var(--credits-chart-height, 220px);
  }
  .chart canvas {
    display: block;
  }
  .trend {
    margin: 0;
    padding: 0.75rem 1rem;
    border-radius: var(--credits-radius-control, 8px);
    background: var(--credits-color-subtle, light-dark(#f6f8fa, #1c2129));
  }
  .trend strong {
    display: block;
  }
  /* Probes: the chart reads its colours from these, so theme tokens and dark mode reach it. */
  .probe {
    display: none;
  }
  .probe.bar {
    color: var(--credits-chart-bar, var(--credits-color-danger, light-dark(#c62828, #f85149)));
  }
  .probe.current {
    color: var(
      --credits-chart-bar-current,
      var(--credits-color-accent, light-dark(#0969da, #4493f8))
    );
  }
  .probe.text {
    color: var(--credits-color-muted, light-dark(#59636e, #9198a1));
  }
  .probe.grid {
    color: var(--credits-color-border, light-dark(#d1d9e0, #3d444d));
  }
  .skeleton.card {
    height: 9.5rem;
  }
  .skeleton.chart-skeleton {
    height: var(--credits-chart-height, 220px);
  }
`;
