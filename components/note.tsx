import type { ReactNode } from 'react';

export function Note({ children }: { children: ReactNode }) {
  return (
    <aside className="not-prose my-4 rounded border-l-4 border-blue-500 bg-blue-50 px-4 py-3 text-sm text-slate-800 [&_p]:my-1">
      <strong className="block font-semibold">Note</strong>
      {children}
    </aside>
  );
}
