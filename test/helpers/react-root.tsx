import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

// React 19 checks this flag to let act() flush updates in tests.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface TestRoot {
  /** The element the component is rendered into (a fresh one for each test, in document.body). */
  readonly container: HTMLDivElement;
  render(node: ReactNode): void;
}

/**
 * A React root for each test of a happy-dom test file: made before each
 * test, unmounted and removed after it. Call once at the top of the file.
 */
export function reactRootPerTest(): TestRoot {
  let container: HTMLDivElement | null = null;
  let root: Root | null = null;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root?.unmount());
    container?.remove();
    container = null;
    root = null;
  });
  return {
    get container() {
      if (!container) throw new Error('reactRootPerTest: used outside a test.');
      return container;
    },
    render(node) {
      if (!root) throw new Error('reactRootPerTest: used outside a test.');
      act(() => root!.render(node));
    },
  };
}
