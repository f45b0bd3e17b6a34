import type { ReactNode } from 'react';

/** The page readers see when something is missing or broken: what happened, a way on, and anything else (`children`) below. */
export function StatusNotice({ title, body, action, children }: { title: string; body: string; action: ReactNode; children?: ReactNode }) {
  return (
    <section className="py-16 text-center">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-3 text-muted">{body}</p>
      <div className="mt-6">{action}</div>
      {children}
    </section>
  );
}
