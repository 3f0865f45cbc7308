import { getKbAsset } from '@/lib/kb';

// The knowledge base the diagnosis worker reads, written once at build time as
// out/data/kb.<content hash>.json: the name changes whenever an article does, so browsers and
// intranet servers may cache it for good, and the home page carries only its name.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [{ asset: getKbAsset().file }];
}

export async function GET(_request: Request, { params }: { params: Promise<{ asset: string }> }) {
  const { asset } = await params;
  const kb = getKbAsset();
  if (asset !== kb.file) return new Response('Not found', { status: 404 });
  return new Response(kb.json, { headers: { 'Content-Type': 'application/json' } });
}
