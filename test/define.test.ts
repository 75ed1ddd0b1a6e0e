/**
 * The define step of every element (src/internal/define.ts): a second copy of the library on a
 * page leaves the first one's elements alone instead of throwing, and says so once when it is
 * another version. (scripts/copies-e2e.mjs loads two real bundles on one page.)
 */
import { expect } from '@open-wc/testing';
import { defineOnce } from '../src/internal/define.js';
import { recordWarnings } from './helpers/warnings.js';
import './helpers/setup.js';

const versioned = (version: string) =>
  class extends HTMLElement {
    static readonly version = version;
  };

describe('defineOnce', () => {
  it('defines a tag nobody has defined', () => {
    expect(defineOnce('define-test-free', versioned('1.0.0'))).to.equal(true);
  });

  it('leaves a tag already defined by a copy of the same version alone, silently', () => {
    const first = versioned('1.0.0');
    customElements.define('define-test-same', first);
    const warnings = recordWarnings();
    try {
      expect(defineOnce('define-test-same', versioned('1.0.0'))).to.equal(false);
      expect(warnings.seen).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
    expect(customElements.get('define-test-same')).to.equal(first);
  });

  it('leaves a tag defined by another version alone, and warns once naming both versions', () => {
    customElements.define('define-test-other', versioned('1.0.0'));
    const warnings = recordWarnings();
    try {
      expect(defineOnce('define-test-other', versioned('2.0.0'))).to.equal(false);
      expect(defineOnce('define-test-other', versioned('2.0.0'))).to.equal(false);
      expect(warnings.seen).to.have.length(1);
      expect(warnings.seen[0])
        .to.include('<define-test-other>')
        .and.include('1.0.0')
        .and.include('2.0.0');
    } finally {
      warnings.restore();
    }
  });

  it('is false for the class that is already defined (a module evaluated twice)', () => {
    const el = versioned('1.0.0');
    customElements.define('define-test-again', el);
    expect(defineOnce('define-test-again', el)).to.equal(false);
  });
});
