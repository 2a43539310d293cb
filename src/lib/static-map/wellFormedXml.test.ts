import { describe, expect, it } from 'vitest';
import { xmlErrors } from './wellFormedXml';

describe('xmlErrors', () => {
	it('accepts well-formed XML', () => {
		expect(xmlErrors('<svg a="1" b=\'x &amp; &#60; &#x3c;\'><g><title>A &lt; B</title></g><path d="M0,0"/><!-- c --></svg>')).toEqual([]);
	});
	it.each([
		['<svg><g></svg>', /closes <g>/],
		['<svg>a & b</svg>', /bare "&" in text/],
		['<svg a="<"/>', /"<" in attribute/],
		['<svg a="1" a="2"/>', /duplicate attribute/],
		['<svg a="1"b="2"/>', /no space before attribute/],
		['<svg a=1/>', /bad attribute/],
		['<svg/><svg/>', /2 root elements/],
		['<svg>', /unclosed <svg>/],
		['text<svg/>', /outside the root/],
		['<svg a="x &nope; y"/>', /bare "&" in attribute/]
	])('finds the fault in %s', (xml, message) => {
		expect(xmlErrors(xml).join('; ')).toMatch(message);
	});
});
