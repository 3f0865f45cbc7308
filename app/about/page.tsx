import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'About' };

export default function AboutPage() {
  return (
    <div className="prose prose-slate max-w-3xl">
      <h1>About</h1>
      <p>
        The ConfigMgr Log Troubleshooter matches the lines of a Configuration Manager (SCCM) log against the log lines that Microsoft&apos;s support articles
        quote for each known problem. Every verdict shows the lines of your log that produced it, and every article links to the exact step of its fix.
      </p>

      <h2 id="privacy">Your logs stay in your browser</h2>
      <p>
        Pasted text and dropped files are read and matched by a script running in this browser tab. Nothing is uploaded, stored or sent anywhere, and the
        site loads nothing from outside its own server: no fonts, scripts or analytics from the internet.
      </p>

      <h2 id="how-it-decides">How it decides</h2>
      <p>
        Each article lists signatures: lines quoted from its source, each marked <em>decisive</em> (on its own it identifies the problem) or{' '}
        <em>supporting</em> (it adds weight). An article is offered as a diagnosis only when at least one decisive signature is in your log. Articles that
        share only supporting lines are listed as related reading, never as a diagnosis. When nothing matches, the page says so, decodes the error codes
        in the log, and may offer an article whose quoted line resembles one of the last failure lines of the log, showing both lines side by side.
      </p>

      <h2 id="error-code-data">Error-code data and attribution</h2>
      <p>
        The <Link href="/errors/">error-code lookup</Link> and the decoded codes in results are generated from tables that contain material from Microsoft Docs
        (the MicrosoftDocs/win32, MicrosoftDocs/memdocs, MicrosoftDocs/SupportArticles-docs and MicrosoftDocs/windows-itpro-docs repositories: system,
        COM, Windows Installer, BITS and Windows Update error codes, the Configuration Manager application installation error codes, and the Windows
        upgrade error codes and resolution procedures), licensed under{' '}
        <a href="https://creativecommons.org/licenses/by/4.0/" rel="noreferrer">
          Creative Commons Attribution 4.0 International (CC BY 4.0)
        </a>
        . Changes made: the documentation pages were reduced to tables of code, name and message (for upgrade errors, also extend-code phases and
        operations and the causes of listed code pairs), and their text converted to plain text. Each lookup result names the page every meaning comes
        from, with a link to the version that was used.
      </p>
      <p>
        The tables also contain data from Microsoft&apos;s Windows Protocol Test Suites (MIT License, Copyright (c) Microsoft Corporation) and names and values
        from the mingw-w64 headers, which are in the public domain.
      </p>

      <h2 id="articles">Articles</h2>
      <p>
        Articles are written for this site from the Microsoft support articles and other sources each one cites; their facts (codes, versions, the order of
        steps) are the sources&apos;, the wording is ours. Quoted log lines are reproduced as the product prints them.
      </p>
    </div>
  );
}
