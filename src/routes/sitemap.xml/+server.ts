// /sitemap.xml: the front page and every step's page (robots.txt points here).
import { siteUrl } from '$lib/server/pageMetaFor';
import { sitemapXml } from '$lib/share/sitemap';
import { story } from '$lib/story/storyFor';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(
		sitemapXml(
			siteUrl(),
			story.steps.map((s) => s.id)
		),
		{ headers: { 'content-type': 'application/xml; charset=utf-8' } }
	);
