'use client';

import { useState, type ReactNode } from 'react';

type Props<T> = {
  items: readonly T[];
  keyOf: (item: T) => string;
  labelOf: (item: T) => string;
  /** The new order, after a drop or a button. */
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  labels: { moveUp: string; moveDown: string; remove: string; position: (n: number, total: number) => string };
  /** Names the list for assistive technology. */
  label: string;
  /** The language of the items' names, when it is not the newsroom's. */
  lang?: string;
  extra?: (item: T) => ReactNode;
};

const smallButton = 'rounded border border-rule px-2 py-1 text-xs font-semibold hover:bg-rule/40 disabled:opacity-40';

/**
 * An ordered list editors rearrange by dragging an item onto another, or, from the keyboard, with each item's up and
 * down buttons (focus stays on the button pressed, so an item moves several places with repeated presses).
 */
export function ReorderableList<T>({ items, keyOf, labelOf, onMove, onRemove, labels, label, lang, extra }: Props<T>) {
  const [dragged, setDragged] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  return (
    <ol aria-label={label} className="flex flex-col gap-2">
      {items.map((item, index) => {
        const name = labelOf(item);
        return (
          <li
            key={keyOf(item)}
            draggable
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', String(index));
              setDragged(index);
            }}
            onDragOver={(event) => {
              event.preventDefault();
              setOver(index);
            }}
            onDragLeave={() => setOver((current) => (current === index ? null : current))}
            onDrop={(event) => {
              event.preventDefault();
              const from = dragged ?? Number(event.dataTransfer.getData('text/plain'));
              if (Number.isInteger(from) && from !== index) onMove(from, index);
              setDragged(null);
              setOver(null);
            }}
            onDragEnd={() => {
              setDragged(null);
              setOver(null);
            }}
            className={`flex cursor-grab items-center gap-3 rounded border bg-paper p-2 ${over === index ? 'border-ink' : 'border-rule'}`}
          >
            <span aria-hidden="true" className="select-none text-muted">
              ⠿
            </span>
            <span className="min-w-0 flex-1">
              <span lang={lang} className="font-semibold">
                {name}
              </span>
              <span className="sr-only">{`, ${labels.position(index + 1, items.length)}`}</span>
              {extra?.(item)}
            </span>
            <span className="flex shrink-0 gap-1">
              <button
                type="button"
                className={smallButton}
                disabled={index === 0}
                aria-label={`${labels.moveUp}: ${name}`}
                onClick={() => onMove(index, index - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                className={smallButton}
                disabled={index === items.length - 1}
                aria-label={`${labels.moveDown}: ${name}`}
                onClick={() => onMove(index, index + 1)}
              >
                ↓
              </button>
              <button type="button" className={smallButton} aria-label={`${labels.remove}: ${name}`} onClick={() => onRemove(index)}>
                {labels.remove}
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
