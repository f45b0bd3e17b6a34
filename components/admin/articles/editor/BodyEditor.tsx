'use client';

import { useEffect, useId, useState } from 'react';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { ArticleBody } from '@/lib/articles/body';
import type { AdminMessages } from '@/lib/i18n/admin-messages';
import { AttachedPhotos, PhotoNode, type AttachedPhoto } from './PhotoNode';

/** Exactly what articleBodySchema accepts: paragraphs, h2/h3, quotes, lists, bold, italic, links, line breaks, photos. */
const extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'], defaultProtocol: 'https' },
  }),
  PhotoNode,
];

type Props = {
  id: string;
  labelId: string;
  describedBy?: string;
  value: ArticleBody;
  onChange: (body: ArticleBody) => void;
  readOnly: boolean;
  /** The article's photos, the only ones the body may place. */
  photos: readonly AttachedPhoto[];
  t: AdminMessages['articles'];
};

const bodyClass =
  'min-h-64 px-3 py-2 leading-7 focus:outline-2 focus:outline-ink [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-rule [&_blockquote]:pl-4 [&_h2]:text-xl [&_h2]:font-bold [&_h3]:font-bold [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:my-2 [&_ul]:list-disc [&_ul]:pl-6';

/** The editable area is a labelled multi-line textbox for screen readers, pointing at its errors when there are any. */
function attributes(id: string, labelId: string, describedBy: string | undefined): Record<string, string> {
  return {
    id,
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-labelledby': labelId,
    class: bodyClass,
    ...(describedBy && { 'aria-describedby': describedBy, 'aria-invalid': 'true' }),
  };
}

const toolButton = 'rounded px-2 py-1 text-sm aria-pressed:bg-ink aria-pressed:text-paper disabled:opacity-40';

function InsertPhoto({ editor, photos, hintId, t }: { editor: Editor; photos: Props['photos']; hintId: string; t: Props['t'] }) {
  const selectId = useId();
  const [chosen, setChosen] = useState('');
  const photoId = photos.some((p) => p.id === chosen) ? chosen : photos[0]?.id;
  return (
    <span className="flex items-center gap-1">
      {photoId && (
        <>
          <label htmlFor={selectId} className="sr-only">
            {t.photoToInsert}
          </label>
          <select
            id={selectId}
            value={photoId}
            onChange={(e) => setChosen(e.target.value)}
            className="max-w-40 rounded border border-rule px-1 py-1 text-sm"
          >
            {photos.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </>
      )}
      <button
        type="button"
        disabled={!photoId}
        aria-describedby={hintId}
        onClick={() => photoId && editor.chain().focus().insertContent({ type: 'photo', attrs: { photoId } }).run()}
        className={toolButton}
      >
        {t.insertPhoto}
      </button>
    </span>
  );
}

type ToolbarProps = { editor: Editor; photos: Props['photos']; photoHintId: string; t: Props['t']; controls: string };

function Toolbar({ editor, photos, photoHintId, t, controls }: ToolbarProps) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      link: e.isActive('link'),
      heading2: e.isActive('heading', { level: 2 }),
      heading3: e.isActive('heading', { level: 3 }),
      blockquote: e.isActive('blockquote'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
    }),
  });
  const chain = () => editor.chain().focus();
  const setLink = () => {
    const href = window.prompt(t.linkPrompt, editor.getAttributes('link').href ?? '');
    if (href === null) return;
    if (href.trim()) chain().extendMarkRange('link').setLink({ href: href.trim() }).run();
    else chain().extendMarkRange('link').unsetLink().run();
  };
  const buttons: { key: keyof typeof active; label: string; run: () => void }[] = [
    { key: 'bold', label: t.bold, run: () => chain().toggleBold().run() },
    { key: 'italic', label: t.italic, run: () => chain().toggleItalic().run() },
    { key: 'link', label: t.link, run: setLink },
    { key: 'heading2', label: t.heading2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { key: 'heading3', label: t.heading3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { key: 'blockquote', label: t.blockquote, run: () => chain().toggleBlockquote().run() },
    { key: 'bulletList', label: t.bulletList, run: () => chain().toggleBulletList().run() },
    { key: 'orderedList', label: t.orderedList, run: () => chain().toggleOrderedList().run() },
  ];
  return (
    <div role="toolbar" aria-label={t.bodyToolbar} aria-controls={controls} className="flex flex-wrap gap-1 border-b border-rule p-1">
      {buttons.map(({ key, label, run }) => (
        <button key={key} type="button" aria-pressed={active[key]} onClick={run} className={toolButton}>
          {label}
        </button>
      ))}
      <InsertPhoto editor={editor} photos={photos} hintId={photoHintId} t={t} />
    </div>
  );
}

/** The rich-text body: TipTap with only the article schema's nodes and marks; hands back its JSON on every change. */
export function BodyEditor({ id, labelId, describedBy, value, onChange, readOnly, photos, t }: Props) {
  const photoHintId = useId();
  const editor = useEditor({
    extensions,
    content: value,
    editable: !readOnly,
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    editorProps: { attributes: attributes(id, labelId, describedBy) },
    // ProseMirror's attrs have no prototype, which server actions refuse to send: the copy is plain objects.
    onUpdate: ({ editor: e }) => onChange(structuredClone(e.getJSON()) as ArticleBody),
  });
  // Errors come and go after the editor is made: only its attributes are updated, not the editor itself.
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.setOptions({ editorProps: { attributes: attributes(id, labelId, describedBy) } });
  }, [editor, id, labelId, describedBy]);
  return (
    <div className="rounded border border-rule bg-paper">
      {editor && !readOnly && (
        <>
          <Toolbar editor={editor} photos={photos} photoHintId={photoHintId} t={t} controls={id} />
          {/* Where reporters reach for the photo button: the lead already opens the story, and twice would show it twice. */}
          <p id={photoHintId} className="border-b border-rule px-2 py-1 text-xs text-muted">
            {t.bodyPhotoHint}
          </p>
        </>
      )}
      <AttachedPhotos value={{ photos, notAttached: t.photoNotAttached }}>
        <EditorContent editor={editor} />
      </AttachedPhotos>
    </div>
  );
}
