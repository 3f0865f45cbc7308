import type { ComponentPropsWithoutRef } from 'react';
import { CopyLinkButton } from './copy-link-button';

type HeadingProps = ComponentPropsWithoutRef<'h2'> & { level: 2 | 3 };

/** A heading with its explicit id, a visible # link to itself and a copy-link button. */
export function AnchorHeading({ level, id, children, ...rest }: HeadingProps) {
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag id={id} {...rest} className="group scroll-mt-4">
      {children}
      {id && (
        <>
          <a href={`#${id}`} className="no-print ml-2 text-slate-400 no-underline opacity-60 group-hover:opacity-100" aria-label={`Link to this section`}>
            #
          </a>
          <CopyLinkButton anchor={id} />
        </>
      )}
    </Tag>
  );
}
