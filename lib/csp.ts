// The Content-Security-Policy of the static export, in one place. The browser then refuses any
// request to another origin, whatever a future change or a dependency tries. Next.js inlines
// its bootstrap scripts: the layout writes this policy, with 'unsafe-inline', and the build
// (scripts/postbuild.ts) replaces it in every page with the hashes of that page's own inline
// scripts, as the first element of <head>, and writes the same per-page policy into the
// shipped nginx and IIS configurations as a response header.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** As a response header the policy can also forbid framing, which a <meta> element cannot. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
