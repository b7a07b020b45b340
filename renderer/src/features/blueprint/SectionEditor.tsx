import { Extension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { renderCaret, type CaretUser } from './caret-user';
import { FormattingBar } from './FormattingBar';

interface Props {
  /** The section's prose, shared with everyone writing it. */
  fragment: Y.XmlFragment;
  awareness: Awareness;
  user: CaretUser;
  /** Names the text box for screen readers ("Vision and values: text"). */
  label: string;
  describedBy?: string;
  /** Escape leaves the text (Tab indents inside a list): focus goes here. */
  onEscape: () => void;
}

/**
 * Rich text written together (TipTap on the section's Y.XmlFragment): each
 * keystroke merges character by character, so two people in one paragraph
 * both keep their words; everyone's cursor shows with their name. Headings,
 * lists, bold, italic and links; the editor's own undo covers only this
 * person's typing.
 */
export function SectionEditor({ fragment, awareness, user, label, describedBy, onEscape }: Props) {
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        undoRedo: false, // Collaboration brings an undo that only takes back this person's typing.
        heading: { levels: [4, 5] },
        codeBlock: false,
        code: false,
        horizontalRule: false,
        // Two laptops would each add the trailing paragraph at once.
        trailingNode: false,
        link: { openOnClick: false, autolink: true, protocols: ['mailto'], defaultProtocol: 'https' },
      }),
      Collaboration.configure({ fragment }),
      CollaborationCaret.configure({ provider: { awareness }, user, render: renderCaret }),
      Extension.create({
        name: 'leaveWithEscape',
        addKeyboardShortcuts: () => ({
          Escape: () => {
            onEscape();
            return true;
          },
        }),
      }),
    ],
    editorProps: {
      attributes: {
        class: 'prose-editor',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      },
    },
  }, [fragment, awareness, user.name, user.color]);

  return (
    <div className="section-editor">
      <FormattingBar editor={editor} label={label} />
      <EditorContent editor={editor} />
    </div>
  );
}
