// A small XML well-formedness check for the static maps' tests: enough to catch broken escaping or nesting, no DTDs.

const NAME = /^[A-Za-z_:][\w.:-]*$/;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);/g;

/** The problems that stop `xml` from parsing as XML, empty when it is well formed. Each says where. */
export function xmlErrors(xml: string): string[] {
	const errors: string[] = [];
	const stack: string[] = [];
	let roots = 0;
	let i = 0;
	const text = (chunk: string, at: number): void => {
		if (chunk.replace(ENTITY, '').includes('&')) errors.push(`bare "&" in text at ${at}`);
		if (chunk.includes(']]>')) errors.push(`"]]>" in text at ${at}`);
		if (stack.length === 0 && chunk.trim()) errors.push(`text outside the root element at ${at}`);
	};
	while (i < xml.length) {
		const lt = xml.indexOf('<', i);
		if (lt < 0) {
			text(xml.slice(i), i);
			break;
		}
		text(xml.slice(i, lt), i);
		if (xml.startsWith('<!--', lt)) {
			const end = xml.indexOf('-->', lt + 4);
			if (end < 0) return [...errors, `unclosed comment at ${lt}`];
			i = end + 3;
			continue;
		}
		if (xml.startsWith('<?', lt)) {
			const end = xml.indexOf('?>', lt + 2);
			if (end < 0) return [...errors, `unclosed processing instruction at ${lt}`];
			i = end + 2;
			continue;
		}
		if (xml.startsWith('<![CDATA[', lt)) {
			const end = xml.indexOf(']]>', lt);
			if (end < 0) return [...errors, `unclosed CDATA at ${lt}`];
			i = end + 3;
			continue;
		}
		const tag = readTag(xml, lt);
		if (typeof tag === 'string') return [...errors, tag];
		i = tag.end;
		if (tag.closing) {
			const open = stack.pop();
			if (open !== tag.name) errors.push(`</${tag.name}> at ${lt} closes <${open ?? 'nothing'}>`);
			continue;
		}
		errors.push(...tag.errors);
		if (stack.length === 0) roots++;
		if (!tag.selfClosing) stack.push(tag.name);
	}
	if (stack.length) errors.push(`unclosed <${stack.join('>, <')}>`);
	if (roots !== 1) errors.push(`${roots} root elements`);
	return errors;
}

interface Tag {
	name: string;
	closing: boolean;
	selfClosing: boolean;
	end: number;
	errors: string[];
}

/** Reads the tag starting at `lt`, or says why it cannot. Attribute values may hold ">" but never "<". */
function readTag(xml: string, lt: number): Tag | string {
	const closing = xml[lt + 1] === '/';
	let i = lt + (closing ? 2 : 1);
	const nameMatch = /^[^\s/>]+/.exec(xml.slice(i, i + 200));
	const name = nameMatch?.[0] ?? '';
	if (!NAME.test(name)) return `bad tag name "${name}" at ${lt}`;
	i += name.length;
	const errors: string[] = [];
	const seen = new Set<string>();
	for (;;) {
		const space = /^\s*/.exec(xml.slice(i, i + 1000))![0].length;
		i += space;
		if (i >= xml.length) return `unclosed tag <${name}> at ${lt}`;
		if (xml[i] === '>') return { name, closing, selfClosing: false, end: i + 1, errors };
		if (xml.startsWith('/>', i) && !closing) return { name, closing, selfClosing: true, end: i + 2, errors };
		if (closing) return `junk in </${name}> at ${i}`;
		if (space === 0) return `no space before attribute at ${i} in <${name}>`;
		const attr = /^([^\s=/>]+)\s*=\s*(["'])/.exec(xml.slice(i, i + 300));
		if (!attr) return `bad attribute at ${i} in <${name}>`;
		const [whole, attrName, quote] = attr as unknown as [string, string, string];
		if (!NAME.test(attrName)) errors.push(`bad attribute name "${attrName}" at ${i}`);
		if (seen.has(attrName)) errors.push(`duplicate attribute "${attrName}" in <${name}> at ${i}`);
		seen.add(attrName);
		const valueStart = i + whole.length;
		const valueEnd = xml.indexOf(quote, valueStart);
		if (valueEnd < 0) return `unclosed attribute "${attrName}" at ${i}`;
		const value = xml.slice(valueStart, valueEnd);
		if (value.includes('<')) errors.push(`"<" in attribute "${attrName}" at ${i}`);
		if (value.replace(ENTITY, '').includes('&')) errors.push(`bare "&" in attribute "${attrName}" at ${i}`);
		i = valueEnd + 1;
	}
}
