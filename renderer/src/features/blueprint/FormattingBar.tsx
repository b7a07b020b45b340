import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useId, useState } from 'react';

/** Web and mail links only: nothing that runs script or opens a file. */
export function checkLink(text: string): { href: string } | { error: string } {
  const href = text.trim();
  if (/^(https?:\/\/[^\s]+|mailto:[^\s@]+@[^\s@]+)$/i.test(href)) return { href };
  if (/^[^\s:/]+\.[^\s]+$/.test(href)) return { href: `https://${href}` };
  return { error: 'Enter a web address such as https://www.gov.uk, or an email address as mailto:name@council.gov.uk.' };
}

/** Buttons for what the blueprint's prose may hold; each says whether it is on (aria-pressed). */
export function FormattingBar({ editor, label }: { editor: Editor | null; label: string }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => e ? {
      heading: e.isActive('heading', { level: 4 }),
      subheading: e.isActive('heading', { level: 5 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bullets: e.isActive('bulletList'),
      numbers: e.isActive('orderedList'),
      link: e.isActive('link'),
      href: (e.getAttributes('link').href as string | undefined) ?? '',
    } : null,
  });
  const [linking, setLinking] = useState(false);
  if (!editor || !state) return null;
  const chain = () => editor.chain().focus();
  const buttons: [string, boolean, () => void][] = [
    ['Heading', state.heading, () => chain().toggleHeading({ level: 4 }).run()],
    ['Subheading', state.subheading, () => chain().toggleHeading({ level: 5 }).run()],
    ['Bold', state.bold, () => chain().toggleBold().run()],
    ['Italic', state.italic, () => chain().toggleItalic().run()],
    ['Bulleted list', state.bullets, () => chain().toggleBulletList().run()],
    ['Numbered list', state.numbers, () => chain().toggleOrderedList().run()],
  ];
  return (
    <div className="formatting">
      <div role="group" aria-label={`Formatting for ${label}`} className="formatting-bar">
        {buttons.map(([name, on, run]) => (
          <button key={name} type="button" className="format-button" aria-pressed={on} onMouseDown={(e) => e.preventDefault()} onClick={run}>{name}</button>
        ))}
        <button type="button" className="format-button" aria-pressed={state.link} aria-expanded={linking} onClick={() => setLinking(!linking)}>Link</button>
      </div>
      {linking && <LinkForm editor={editor} current={state.href} onDone={() => setLinking(false)} />}
    </div>
  );
}

function LinkForm({ editor, current, onDone }: { editor: Editor; current: string; onDone: () => void }) {
  const id = useId();
  const [text, setText] = useState(current);
  const [error, setError] = useState<string | null>(null);
  return (
    <form className="link-form" onSubmit={(event) => {
      event.preventDefault();
      const checked = checkLink(text);
      if ('error' in checked) {
        setError(checked.error);
        return;
      }
      const { empty } = editor.state.selection;
      if (empty && !editor.isActive('link')) {
        // Nothing selected: the address itself goes in, as a link.
        editor.chain().focus().insertContent({ type: 'text', text: checked.href, marks: [{ type: 'link', attrs: { href: checked.href } }] }).run();
      } else {
        editor.chain().focus().extendMarkRange('link').setLink({ href: checked.href }).run();
      }
      onDone();
    }}>
      <div className={`field${error ? ' field-error' : ''}`}>
        <label htmlFor={id}>Link address</label>
        <span className="hint" id={`${id}-hint`}>Select the words to link first; with nothing selected, the address itself goes in as a link.</span>
        {error && <span className="error-message" id={`${id}-error`} role="alert">{error}</span>}
        <input id={id} type="text" value={text} autoFocus onChange={(e) => setText(e.target.value)}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onDone(); editor.commands.focus(); } }} />
      </div>
      <button type="submit" className="button button-small">Apply link</button>
      {current && (
        <button type="button" className="link-button" onClick={() => { editor.chain().focus().extendMarkRange('link').unsetLink().run(); onDone(); }}>Remove link</button>
      )}
      <button type="button" className="link-button" onClick={() => { onDone(); editor.commands.focus(); }}>Cancel</button>
    </form>
  );
}
