// @vitest-environment happy-dom
import { act } from 'react';
import { reactRootPerTest } from '../../../../../test/helpers/react-root';
import { describe, expect, it, vi } from 'vitest';
import { PasteAsManyNotes, personalDataInLines } from './PasteAsManyNotes';
import { problemsWithLines } from './paste-actions';

const dom = reactRootPerTest();

function buttons(): HTMLButtonElement[] {
  return [...dom.container.querySelectorAll('button')];
}

describe('PasteAsManyNotes', () => {
  it('offers one note per line, takes focus, and Escape cancels', () => {
    const handlers = { onAddAll: vi.fn(), onKeepAsOne: vi.fn(), onCancel: vi.fn() };
    dom.render(<PasteAsManyNotes lines={['Forms twice', 'Mileage on paper', 'Panel papers']} error={null} {...handlers} />);
    expect(dom.container.textContent).toContain('You pasted 3 lines.');
    expect(dom.container.querySelectorAll('.paste-lines li')).toHaveLength(3);
    expect(document.activeElement?.textContent).toBe('Add 3 notes');
    act(() => (document.activeElement as HTMLButtonElement).click());
    expect(handlers.onAddAll).toHaveBeenCalledOnce();
    act(() => buttons().find((b) => b.textContent === 'Keep it as one note')!.click());
    expect(handlers.onKeepAsOne).toHaveBeenCalledOnce();
    act(() => {
      dom.container.querySelector('.paste-prompt')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(handlers.onCancel).toHaveBeenCalledOnce();
  });

  it('runs the child-data guard on every line and puts editing first', () => {
    const lines = ['Forms ask for the address three times', 'Visited Jayden Smith, DOB 03/04/2016'];
    expect(personalDataInLines(lines)).toEqual([expect.stringMatching(/^Line 2 may hold /)]);
    dom.render(<PasteAsManyNotes lines={lines} error={null} onAddAll={vi.fn()} onKeepAsOne={vi.fn()} onCancel={vi.fn()} />);
    expect(dom.container.querySelector('[role="alert"]')?.textContent).toMatch(/No child’s or family’s personal data/);
    expect(document.activeElement?.textContent).toBe('Put it in the box to edit');
    expect(buttons().map((b) => b.textContent)).toContain('It is not personal data: add 2 notes');
  });

  it('refuses lines over the limit up front, naming them', () => {
    expect(problemsWithLines(['ok', 'x'.repeat(501)])).toMatch(/line 2 has 501/);
    expect(problemsWithLines(['ok', 'fine'])).toBeNull();
  });
});
