import Link from 'next/link';
import type { ComponentPropsWithoutRef } from 'react';
import { withBasePath } from '@/lib/urls';

/**
 * A link inside the site. A link to an anchor of another page is a plain page load: a
 * client-side transition does not update :target, and the highlighted step is the point.
 */
export function SiteLink({ href, ...rest }: ComponentPropsWithoutRef<'a'> & { href: string }) {
  if (href.includes('#') && !href.startsWith('#')) return <a href={withBasePath(href)} {...rest} />;
  return <Link href={href} {...rest} />;
}
