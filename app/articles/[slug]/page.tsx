import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleMeta } from '@/components/article-meta';
import { CopyLinkButton } from '@/components/copy-link-button';
import { mdxComponents } from '@/components/mdx-components';
import { TargetHeading } from '@/components/target-heading';
import { compileArticle, getArticle, getArticleSlugs } from '@/lib/kb';

export const dynamicParams = false;

export function generateStaticParams() {
  return getArticleSlugs().map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  return article ? { title: article.frontmatter.title, description: article.frontmatter.summary } : {};
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const Content = await compileArticle(article);
  const { frontmatter: fm } = article;
  return (
    <article className="prose prose-slate max-w-none prose-headings:scroll-mt-4 prose-pre:whitespace-pre-wrap prose-pre:break-words prose-code:before:content-none prose-code:after:content-none prose-code:[overflow-wrap:anywhere]">
      <p className="no-print not-prose text-sm">
        <Link href="/articles/" className="text-blue-700 hover:underline">
          Articles
        </Link>
      </p>
      <h1>
        {fm.title}
        <CopyLinkButton anchor="" label="Copy link to article" />
      </h1>
      <p className="lead">{fm.summary}</p>
      <ArticleMeta article={article} />
      <Content components={mdxComponents} />
      <TargetHeading />
      <section aria-labelledby="sources" className="not-prose mt-10 border-t border-slate-200 pt-4 text-sm">
        <h2 id="sources" className="font-semibold">
          Sources
        </h2>
        <ul className="mt-2 list-disc pl-5">
          {fm.sources.map((s) => (
            <li key={s.url}>
              <a href={s.url} rel="noreferrer" className="text-blue-700 hover:underline">
                {s.title}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
