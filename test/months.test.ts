import { expect } from '@open-wc/testing';
import './helpers/setup.js';
import {
  classifyTrend,
  monthCards,
  type MonthCard,
} from '../src/components/monthly-summary/months.js';

/** Cards oldest first from finished-month usage, then the current month. */
function cards(finished: number[], current = 0): MonthCard[] {
  const all = [...finished, current];
  return all.map((credits, i) => ({
    month: `2026-${String(i + 1).padStart(2, '0')}`,
    credits,
    transactions: Math.round(credits / 100),
    current: i === all.length - 1,
  }));
}

describe('monthCards', () => {
  const today = new Date(2026, 10, 24); // 24 November 2026, local time

  it('puts the months oldest first, the current one last, whatever order the API sent', () => {
    const result = monthCards(
      [
        { month: '2026-09', credits: 3, transactions: 1, current: false },
        { month: '2026-11', credits: 1, transactions: 1, current: true },
        { month: '2026-10', credits: 2, transactions: 1, current: false },
        { month: '2026-08', credits: 4, transactions: 1, current: false },
      ],
      4,
      today,
    );
    expect(result.map((c) => c.month)).to.deep.equal(['2026-08', '2026-09', '2026-10', '2026-11']);
    expect(result.map((c) => c.credits)).to.deep.equal([4, 3, 2, 1]);
    expect(result.map((c) => c.current)).to.deep.equal([false, false, false, true]);
  });

  it('fills a month the API left out with zero usage', () => {
    const result = monthCards(
      [
        { month: '2026-11', credits: 5, transactions: 2, current: true },
        { month: '2026-08', credits: 7, transactions: 3, current: false },
      ],
      4,
      today,
    );
    expect(result.map((c) => [c.month, c.credits, c.transactions])).to.deep.equal([
      ['2026-08', 7, 3],
      ['2026-09', 0, 0],
      ['2026-10', 0, 0],
      ['2026-11', 5, 2],
    ]);
  });

  it('marks exactly one month current, the one the API flags', () => {
    const result = monthCards(
      [{ month: '2026-10', credits: 5, transactions: 2, current: true }],
      3,
      today,
    );
    expect(result.filter((c) => c.current).map((c) => c.month)).to.deep.equal(['2026-10']);
  });

  it('keeps one Current badge when the API flags several months', () => {
    const result = monthCards(
      [
        { month: '2026-10', credits: 5, transactions: 2, current: true },
        { month: '2026-11', credits: 1, transactions: 1, current: true },
      ],
      4,
      today,
    );
    expect(result.filter((c) => c.current).map((c) => c.month)).to.deep.equal(['2026-11']);
  });

  it("falls back to the browser's month when none is flagged, across a year boundary", () => {
    const result = monthCards([], 3, new Date(2027, 0, 5));
    expect(result.map((c) => c.month)).to.deep.equal(['2026-11', '2026-12', '2027-01']);
    expect(result.every((c) => c.credits === 0)).to.be.true;
  });

  it('ignores months outside the window', () => {
    const result = monthCards(
      [
        { month: '2026-11', credits: 1, transactions: 1, current: true },
        { month: '2025-01', credits: 99, transactions: 9, current: false },
      ],
      2,
      today,
    );
    expect(result.map((c) => c.month)).to.deep.equal(['2026-10', '2026-11']);
  });
});

describe('classifyTrend', () => {
  it('all zero is "empty"', () => {
    expect(classifyTrend(cards([0, 0, 0], 0)).kind).to.equal('empty');
  });

  it('one month (the current one) is "too-early"', () => {
    expect(classifyTrend(cards([], 500)).kind).to.equal('too-early');
  });

  it('one finished month is "too-early"', () => {
    expect(classifyTrend(cards([800], 500)).kind).to.equal('too-early');
  });

  it('a single huge month among ordinary ones is a "spike" naming that month', () => {
    const trend = classifyTrend(cards([1000, 9000, 1100], 300));
    expect(trend.kind).to.equal('spike');
    expect(trend.months.map((m) => m.month)).to.deep.equal(['2026-02']);
  });

  it('a month exactly twice every other is a spike; just under is not', () => {
    expect(classifyTrend(cards([1000, 2000, 1000])).kind).to.equal('spike');
    expect(classifyTrend(cards([1000, 1999, 1000])).kind).to.equal('varied');
  });

  it('two high months are not one spike', () => {
    expect(classifyTrend(cards([1000, 5000, 5200])).kind).not.to.equal('spike');
  });

  it('a steady climb is "growing"', () => {
    expect(classifyTrend(cards([1000, 1200, 1500], 100)).kind).to.equal('growing');
  });

  it('a climb with a step under 10% is not steady growth', () => {
    expect(classifyTrend(cards([1000, 1050, 1500])).kind).not.to.equal('growing');
  });

  it('noise around a flat line is "flat"', () => {
    expect(classifyTrend(cards([1000, 1180, 920])).kind).to.equal('flat');
  });

  it('a finished month without usage is "off-season", naming it', () => {
    const trend = classifyTrend(cards([1200, 0, 900], 100));
    expect(trend.kind).to.equal('off-season');
    expect(trend.months.map((m) => m.month)).to.deep.equal(['2026-02']);
  });

  it('a partial current month never makes usage look growing', () => {
    expect(classifyTrend(cards([1000, 1010, 990], 50_000)).kind).to.equal('flat');
  });

  it('a partial current month never makes usage look like a spike', () => {
    expect(classifyTrend(cards([1000, 1010, 990], 9_000)).kind).not.to.equal('spike');
  });

  it('a quiet start to the current month is not "off-season"', () => {
    expect(classifyTrend(cards([1000, 1010, 990], 0)).kind).to.equal('flat');
  });

  it('needs three finished months to call a spike or growth', () => {
    expect(classifyTrend(cards([1000, 5000])).kind).to.equal('varied');
  });

  it('moving without a pattern is "varied"', () => {
    expect(classifyTrend(cards([1000, 1900, 1200])).kind).to.equal('varied');
  });
});
