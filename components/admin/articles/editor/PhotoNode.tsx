'use client';

import { createContext, useContext } from 'react';
import { Node, NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';

/** One of the article's photos as the editor names it; no thumbnail until the library has answered. */
export type AttachedPhoto = { id: string; label: string; thumbnail: string | null };

/** The article's photos for the previews, which TipTap renders outside the editor's props. */
export const AttachedPhotos = createContext<{ photos: readonly AttachedPhoto[]; notAttached: string }>({ photos: [], notAttached: '' });

function PhotoPreview({ node, selected }: ReactNodeViewProps) {
  const { photos, notAttached } = useContext(AttachedPhotos);
  const photo = photos.find((p) => p.id === node.attrs.photoId);
  return (
    <NodeViewWrapper data-drag-handle className="my-3">
      <figure className={`flex items-center gap-3 rounded border p-2 text-sm ${selected ? 'border-ink' : 'border-rule'}`}>
        {photo?.thumbnail && <img src={photo.thumbnail} alt="" className="h-14 w-20 shrink-0 bg-rule object-cover" />}
        <figcaption className={photo ? 'text-muted' : 'font-semibold text-accent'}>{photo ? photo.label : notAttached}</figcaption>
      </figure>
    </NodeViewWrapper>
  );
}

/** articleBodySchema's `photo` block: an atom naming one attached photo by id. */
export const PhotoNode = Node.create({
  name: 'photo',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      photoId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-photo-id'),
        renderHTML: (attrs) => ({ 'data-photo-id': attrs.photoId }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'figure[data-photo-id]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['figure', HTMLAttributes];
  },
  addNodeView() {
    return ReactNodeViewRenderer(PhotoPreview);
  },
});
