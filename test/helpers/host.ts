import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { expect } from '@open-wc/testing';
import { CreditsError } from '../../src/data/errors.js';

/** A controller host without an element: it records its controllers and update requests. */
export class TestHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updatesRequested = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(controller: ReactiveController): void {
    this.controllers = this.controllers.filter((c) => c !== controller);
  }
  requestUpdate(): void {
    this.updatesRequested += 1;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

/** The CreditsError `promise` rejects with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<CreditsError> {
  try {
    await promise;
  } catch (e) {
    expect(e, 'rejects with a CreditsError').to.be.instanceOf(CreditsError);
    return e as CreditsError;
  }
  throw new Error('expected the promise to reject');
}
