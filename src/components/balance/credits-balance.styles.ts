import { css } from 'lit';

export const balanceStyles = css`
  .title {
    margin: 0;
    font-size: 0.95rem;
    font-weight: 600;
    color: var(--credits-color-muted, light-dark(#59636e, #9198a1));
  }
  .value {
    display: flex;
    align-items: baseline;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    min-height: 3.25rem;
  }
  .figure {
    font-size: var(--credits-value-size, 2.75rem);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    letter-spacing: -0.01em;
  }
  .figure.negative {
    color: var(--credits-color-danger, light-dark(#c62828, #f85149));
  }
  .unit {
    font-size: 1rem;
  }
  .as-of {
    margin: -0.5rem 0 0;
    font-size: 0.85rem;
  }
  .cost {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding-top: 0.75rem;
    border-top: 1px solid var(--credits-color-border, light-dark(#d1d9e0, #3d444d));
  }
  .cost-label {
    font-weight: 600;
  }
  .cost-value {
    font-variant-numeric: tabular-nums;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .skeleton.figure-skeleton {
    width: 9rem;
    height: 3rem;
  }
  .skeleton.line {
    width: 14rem;
    height: 1.25rem;
  }
  .skeleton.button {
    width: 9rem;
    height: 2.5rem;
    border-radius: var(--credits-radius-control, 8px);
  }
`;
