// /robots.txt: everything may be crawled; the sitemap lists the pages.
import { siteUrl } from '$lib/server/pageMetaFor';
import { robotsTxt } from '$lib/share/sitemap';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => new Response(robotsTxt(siteUrl()), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
