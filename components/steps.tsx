import type { ReactNode } from 'react';
import { CopyLinkButton } from './copy-link-button';

/** A resolution path: its steps are numbered by their order. */
export function Steps({ children }: { children: ReactNode }) {
  return <ol className="steps">{children}</ol>;
}

function StepLinks({ id }: { id: string }) {
  return (
    <>
      <a href={`#${id}`} className="text-sm text-slate-400 no-underline opacity-60 group-hover:opacity-100" aria-label={`Link to step ${id}`}>
        #
      </a>
      <CopyLinkButton anchor={id} />
    </>
  );
}

/**
 * One resolution step with a stable id that links and the decision tree point at. Its link
 * controls float beside the text on a wide screen; on a phone they sit under it, so they never
 * squeeze the step into a narrow column.
 */
export function Step({ id, children }: { id: string; children: ReactNode }) {
  return (
    <li id={id} className="group scroll-mt-4 px-1">
      <div className="no-print float-right ml-2 hidden sm:block">
        <StepLinks id={id} />
      </div>
      {children}
      <div className="no-print -mt-2 mb-2 flex items-center justify-end sm:hidden" data-testid="step-links-phone">
        <StepLinks id={id} />
      </div>
    </li>
  );
}
