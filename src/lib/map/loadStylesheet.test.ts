import { describe, expect, it } from 'vitest';
import { loadStylesheet } from './loadStylesheet';

/** Just enough of a Document: links that the test loads or fails by hand. */
function fakeDocument() {
	const links: { rel: string; href: string; removed: boolean; fire: (type: 'load' | 'error') => void }[] = [];
	const doc = {
		createElement: () => {
			const handlers: Record<string, () => void> = {};
			const link = {
				rel: '',
				href: '',
				removed: false,
				addEventListener: (type: string, fn: () => void) => (handlers[type] = fn),
				remove: () => (link.removed = true),
				fire: (type: 'load' | 'error') => handlers[type]?.()
			};
			return link;
		},
		head: { append: (link: (typeof links)[number]) => links.push(link) }
	};
	return { doc: doc as unknown as Document, links };
}

describe('loadStylesheet', () => {
	it('adds one stylesheet link per address and resolves when it loads', async () => {
		const { doc, links } = fakeDocument();
		const first = loadStylesheet('/a.css', doc);
		const again = loadStylesheet('/a.css', doc);
		expect(again).toBe(first);
		expect(links).toHaveLength(1);
		expect(links[0]).toMatchObject({ rel: 'stylesheet', href: '/a.css' });
		links[0]!.fire('load');
		await expect(first).resolves.toBeUndefined();
	});

	it('rejects naming the file when it fails, removes the link, and lets a later call try again', async () => {
		const { doc, links } = fakeDocument();
		const failing = loadStylesheet('/b.css', doc);
		links[0]!.fire('error');
		await expect(failing).rejects.toThrow('/b.css');
		expect(links[0]!.removed).toBe(true);
		const retry = loadStylesheet('/b.css', doc);
		expect(retry).not.toBe(failing);
		expect(links).toHaveLength(2);
		links[1]!.fire('load');
		await expect(retry).resolves.toBeUndefined();
	});
});
