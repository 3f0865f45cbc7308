import type { ComponentPropsWithoutRef } from 'react';
import { withBasePath } from '@/lib/urls';

/**
 * A link whose target says something about the technician's log: the verdict's article, a
 * code found in it, a search for its text. A plain anchor, never Next's Link, which fetches
 * its target as soon as the link is seen or hovered: that request would put the log's codes
 * and diagnosis in the intranet server's access log before anyone clicked.
 */
export function PrivateLink({ href, ...rest }: ComponentPropsWithoutRef<'a'> & { href: string }) {
  return <a href={withBasePath(href)} {...rest} />;
}
