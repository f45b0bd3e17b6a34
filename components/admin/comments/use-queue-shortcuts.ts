'use client';

import { useEffect, useRef } from 'react';

export type QueueShortcut = 'next' | 'previous' | 'toggle' | 'approve' | 'delete' | 'restore';

const keys: Record<string, QueueShortcut> = { j: 'next', k: 'previous', x: 'toggle', a: 'approve', d: 'delete', r: 'restore' };

/** Controls where a letter is typed text, not a command; checkboxes and buttons let the shortcuts through. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
}

/** Single-letter shortcuts for the queue, like Gmail's and WordPress's: never while typing, with a modifier or with a dialog open. */
export function useQueueShortcuts(onShortcut: (shortcut: QueueShortcut) => void): void {
  const handler = useRef(onShortcut);
  useEffect(() => {
    handler.current = onShortcut;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const shortcut = keys[event.key];
      if (!shortcut) return;
      event.preventDefault();
      handler.current(shortcut);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
