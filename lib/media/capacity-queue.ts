export type CapacityQueue = <T>(weight: number, work: () => Promise<T>) => Promise<T>;

/**
 * Runs work while the weights of what runs (jobs, bytes…) fit in `capacity`, the rest in the order it was queued.
 * Work heavier than the whole capacity runs once nothing else does.
 */
export function capacityQueue(capacity: number): CapacityQueue {
  let used = 0;
  const waiting: { weight: number; start: () => void }[] = [];
  const startWhatFits = () => {
    for (let next = waiting[0]; next && (used === 0 || used + next.weight <= capacity); next = waiting[0]) {
      waiting.shift();
      used += next.weight;
      next.start();
    }
  };
  return async (weight, work) => {
    await new Promise<void>((start) => {
      waiting.push({ weight, start });
      startWhatFits();
    });
    try {
      return await work();
    } finally {
      used -= weight;
      startWhatFits();
    }
  };
}
