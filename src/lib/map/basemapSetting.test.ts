import { describe, expect, it, vi } from 'vitest';
import { basemapStyleFrom } from './basemapSetting';

describe('basemapStyleFrom', () => {
	it('defaults to the bundled basemap', () => {
		expect(basemapStyleFrom(undefined)).toBeNull();
		expect(basemapStyleFrom('  ')).toBeNull();
	});
	it('accepts an https style URL', () => {
		expect(basemapStyleFrom('https://tiles.example.org/styles/news.json')).toBe('https://tiles.example.org/styles/news.json');
	});
	it('accepts http only on localhost', () => {
		expect(basemapStyleFrom('http://localhost:8080/style.json')).toBe('http://localhost:8080/style.json');
		const warn = vi.fn();
		expect(basemapStyleFrom('http://tiles.example.org/style.json', warn)).toBeNull();
		expect(warn).toHaveBeenCalledOnce();
	});
	it('ignores junk with a warning naming the value', () => {
		const warn = vi.fn();
		expect(basemapStyleFrom('javascript:alert(1)', warn)).toBeNull();
		expect(basemapStyleFrom('style.json', warn)).toBeNull();
		expect(warn.mock.calls[0]?.[0]).toContain('javascript:alert(1)');
	});
});
