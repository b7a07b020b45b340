// @vitest-environment happy-dom
import { act, useRef, useState, type FormEvent } from 'react';
import { reactRootPerTest } from '../../../../../test/helpers/react-root';
import { describe, expect, it, vi } from 'vitest';
import { findPersonalData } from '../../../../../shared/guard';
import { ChildDataWarning } from './ChildDataWarning';
import { useChildDataGuard } from './use-child-data-guard';

const dom = reactRootPerTest();

const NOTE = 'Visited Jayden Smith, DOB 03/04/2016';

function press(target: Element, key: string) {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

function buttonNamed(name: RegExp): HTMLButtonElement {
  const found = [...dom.container.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));
  if (!found) throw new Error(`no button matching ${name}`);
  return found;
}

describe('ChildDataWarning', () => {
  it('says what it looks like, marks the parts, lists each one and takes focus', () => {
    const findings = findPersonalData(NOTE);
    dom.render(<ChildDataWarning text={NOTE} findings={findings} onEdit={() => {}} onShareAnyway={() => {}} />);
    const alert = dom.container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain("This note looks like it holds a person's name and a date of birth.");
    expect([...dom.container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Jayden Smith', '03/04/2016']);
    expect([...dom.container.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      "“Jayden Smith”: This looks like a person's name.",
      '“03/04/2016”: This looks like a date of birth.',
    ]);
    expect(document.activeElement).toBe(buttonNamed(/^Edit the note$/));
  });

  it('edits on E, on Escape and on the button, with the first finding', () => {
    const findings = findPersonalData(NOTE);
    const onEdit = vi.fn();
    const onShareAnyway = vi.fn();
    dom.render(<ChildDataWarning text={NOTE} findings={findings} onEdit={onEdit} onShareAnyway={onShareAnyway} />);
    const edit = buttonNamed(/^Edit the note$/);
    press(edit, 'e');
    press(edit, 'E');
    press(edit, 'Escape');
    act(() => edit.click());
    expect(onEdit).toHaveBeenCalledTimes(4);
    expect(onEdit).toHaveBeenCalledWith(findings[0]);
    expect(onShareAnyway).not.toHaveBeenCalled();
  });

  it('never shares on a letter key: only its own button shares', () => {
    const onShareAnyway = vi.fn();
    const onEdit = vi.fn();
    act(() =>
      dom.render(<ChildDataWarning text={NOTE} findings={findPersonalData(NOTE)} onEdit={onEdit} onShareAnyway={onShareAnyway} />),
    );
    for (const key of ['a', 'A', 'Enter', ' ', 'y']) press(dom.container.querySelector('[role="alert"]')!, key);
    expect(onShareAnyway).not.toHaveBeenCalled();
    expect(onEdit).not.toHaveBeenCalled();
    act(() => buttonNamed(/It is not personal data — add it/).click());
    expect(onShareAnyway).toHaveBeenCalledTimes(1);
  });
});

/** A real field guarded the way CaptureForm and NoteEditor guard theirs. */
function GuardedField({ onShare }: { onShare: (text: string) => void }) {
  const [text, setText] = useState('');
  const fieldRef = useRef<HTMLInputElement>(null);
  const guard = useChildDataGuard({ text, fieldRef, onShareAnyway: () => onShare(text) });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (guard.mayShare(text)) onShare(text);
  }
  return (
    <form onSubmit={submit}>
      <label htmlFor="f">Note</label>
      <input id="f" ref={fieldRef} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit">Add</button>
      {guard.warning}
    </form>
  );
}

function type(input: HTMLInputElement, value: string) {
  act(() => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function submit() {
  act(() => dom.container.querySelector('form')!.requestSubmit());
}

describe('useChildDataGuard', () => {
  it('shares a clean note straight away', () => {
    const onShare = vi.fn();
    dom.render(<GuardedField onShare={onShare} />);
    type(dom.container.querySelector('input')!, 'Forms ask for the same info three times');
    submit();
    expect(onShare).toHaveBeenCalledWith('Forms ask for the same info three times');
    expect(dom.container.querySelector('[role="alert"]')).toBeNull();
  });

  it('holds a note with personal data back, returns to the field with the part selected, then shares only when asked', () => {
    const onShare = vi.fn();
    dom.render(<GuardedField onShare={onShare} />);
    const input = dom.container.querySelector('input')!;
    type(input, NOTE);
    submit();
    expect(onShare).not.toHaveBeenCalled();
    expect(dom.container.querySelector('[role="alert"]')).not.toBeNull();

    press(document.activeElement!, 'e');
    expect(dom.container.querySelector('[role="alert"]')).toBeNull();
    expect(document.activeElement).toBe(input);
    expect(input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0)).toBe('Jayden Smith');

    submit();
    expect(dom.container.querySelector('[role="alert"]')).not.toBeNull();
    act(() => buttonNamed(/It is not personal data — add it/).click());
    expect(onShare).toHaveBeenCalledWith(NOTE);
    expect(dom.container.querySelector('[role="alert"]')).toBeNull();
  });

  it('drops the warning as soon as the words change', () => {
    dom.render(<GuardedField onShare={() => {}} />);
    const input = dom.container.querySelector('input')!;
    type(input, NOTE);
    submit();
    expect(dom.container.querySelector('[role="alert"]')).not.toBeNull();
    type(input, 'Visited a family');
    expect(dom.container.querySelector('[role="alert"]')).toBeNull();
  });
});
