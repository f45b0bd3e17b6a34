import { useEffect, useState } from 'react';

/** Long enough to read a short sentence twice; a screen reader has announced it at once. */
const messageSeconds = 5;

/** A status message ("posted", "deleted") that leaves by itself after a few seconds, or sooner when set to ''. */
export function useFleetingMessage() {
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), messageSeconds * 1000);
    return () => clearTimeout(timer);
  }, [message]);
  return [message, setMessage] as const;
}
