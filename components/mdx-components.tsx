import type { MDXComponents } from 'mdx/types';
import type { ComponentPropsWithoutRef } from 'react';
import { withBasePath } from '@/lib/urls';
import { AnchorHeading } from './anchor-heading';
import { Note } from './note';
import { SiteLink } from './site-link';
import { Step, Steps } from './steps';

function MdxLink({ href = '', ...rest }: ComponentPropsWithoutRef<'a'>) {
  // Root-relative links get the base path; external ones open as plain links.
  if (href.startsWith('/')) return <SiteLink href={href} {...rest} />;
  if (href.startsWith('#')) return <a href={href} {...rest} />;
  return <a href={href} rel="noreferrer" {...rest} />;
}

function MdxImage({ src, alt, ...rest }: ComponentPropsWithoutRef<'img'>) {
  // eslint-disable-next-line @next/next/no-img-element -- static export, images are not optimised
  return <img src={typeof src === 'string' ? withBasePath(src) : src} alt={alt ?? ''} {...rest} />;
}

export const mdxComponents: MDXComponents = {
  h2: (props) => <AnchorHeading level={2} {...props} />,
  h3: (props) => <AnchorHeading level={3} {...props} />,
  a: MdxLink,
  img: MdxImage,
  Steps,
  Step,
  Note,
};
