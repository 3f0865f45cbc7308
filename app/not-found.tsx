import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div>
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2">
        <Link href="/" className="text-blue-700 hover:underline">
          Back to the log diagnosis
        </Link>
      </p>
    </div>
  );
}
