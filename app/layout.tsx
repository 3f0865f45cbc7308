import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/site-header';
import { CONTENT_SECURITY_POLICY } from '@/lib/csp';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'ConfigMgr Log Troubleshooter', template: '%s · ConfigMgr Log Troubleshooter' },
  description: 'Paste a ConfigMgr (SCCM) log and see which known problem it is, the lines that prove it, and the step that fixes it.',
};


export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      {/* The dev server needs eval and a websocket, so the policy applies to the static export only. */}
      {process.env.NODE_ENV === 'production' && (
        <head>
          <meta httpEquiv="Content-Security-Policy" content={CONTENT_SECURITY_POLICY} />
        </head>
      )}
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
        <footer className="no-print mx-auto max-w-5xl px-4 pb-8 text-sm text-slate-500">
          Pasted and dropped logs are read in your browser only; nothing is uploaded.
        </footer>
      </body>
    </html>
  );
}
