// /sitemap.xml: the front page and every step's page, in every language (robots.txt points here).
import { siteUrl } from '$lib/server/pageMetaFor';
import { storyIn } from '$lib/server/storyData';
import { sitemapXml } from '$lib/share/sitemap';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => {
	const story = storyIn();
	return new Response(
		sitemapXml(
			siteUrl(),
			story.steps.map((s) => s.id),
			story.languages
		),
		{ headers: { 'content-type': 'application/xml; charset=utf-8' } }
	);
};
