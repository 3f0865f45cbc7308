import { getKbEntries } from '@/lib/kb';
import { toSearchDocs } from '@/lib/search';

// Written once at build time into out/search-index.json; the search box fetches it on first use.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(toSearchDocs(getKbEntries()));
}
