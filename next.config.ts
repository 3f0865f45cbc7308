import type { NextConfig } from 'next';

// BASE_PATH lets an intranet host the static export under a sub-path (e.g. /kb).
const basePath = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}` : '';

const nextConfig: NextConfig = {
  output: 'export',
  // Directory-style URLs (/articles/x/index.html) are served by IIS and nginx without rewrites.
  trailingSlash: true,
  basePath,
  images: { unoptimized: true },
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
