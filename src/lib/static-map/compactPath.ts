// Shorter SVG path data: d3's absolute, one-decimal moves and lines rewritten as relative steps with minimal separators.

/**
 * Rewrites d3-geo path data made of M, L and Z with one-decimal coordinates (`geoPath().digits(1)`) as the
 * same shape in relative commands: `M10,20L12.5,20L12.5,18Z` becomes `M10,20l2.5,0,0-2z`, and a
 * later `M` a relative `m` whose pairs need no letter. Steps are computed
 * in whole tenths from the rounded absolute points, so rounding never drifts along a long coast; steps of zero
 * (vertices that rounding merged) are dropped. Saves about a third of a map's bytes. Anything else (arcs from
 * point geometries) is returned unchanged.
 */
export function compactPath(d: string): string {
	if (!/^[MLZ0-9.,\-\s]*$/.test(d)) return d;
	const tokens = d.match(/[MLZ]|-?\d*\.?\d+/g) ?? [];
	let out = '';
	let cmd = '';
	let last = ''; // the last command written
	let [cx, cy, sx, sy] = [0, 0, 0, 0]; // current point and subpath start, in tenths
	let first = true;
	for (let i = 0; i < tokens.length;) {
		const token = tokens[i]!;
		if (token === 'Z') {
			out += 'z';
			last = 'z';
			[cx, cy] = [sx, sy];
			i++;
			continue;
		}
		if (token === 'M' || token === 'L') {
			cmd = token;
			i++;
			continue;
		}
		const x = Math.round(Number(token) * 10);
		const y = Math.round(Number(tokens[i + 1]) * 10);
		i += 2;
		if (cmd === 'M') {
			if (first) out += `M${tenths(x)}${sep(y)}${tenths(y)}`;
			else out += `m${tenths(x - cx)}${sep(y - cy)}${tenths(y - cy)}`;
			last = first ? 'M' : 'm';
			first = false;
			[cx, cy, sx, sy] = [x, y, x, y];
			cmd = 'L';
			continue;
		}
		const [dx, dy] = [x - cx, y - cy];
		if (dx === 0 && dy === 0) continue;
		// After "m" or "l", further pairs are relative lines without a letter; after the first "M" they would be absolute.
		out += last === 'l' || last === 'm' ? `${sep(dx)}${tenths(dx)}` : `l${tenths(dx)}`;
		out += `${sep(dy)}${tenths(dy)}`;
		last = 'l';
		[cx, cy] = [x, y];
	}
	return out;
}

/** A number of tenths as the shortest decimal: 25 -> "2.5", -5 -> "-.5", 30 -> "3". */
function tenths(t: number): string {
	const sign = t < 0 ? '-' : '';
	const a = Math.abs(t);
	const whole = Math.floor(a / 10);
	const tenth = a % 10;
	return `${sign}${whole === 0 && tenth !== 0 ? '' : whole}${tenth ? `.${tenth}` : ''}`;
}

/** A minus sign separates numbers by itself. */
function sep(next: number): string {
	return next < 0 ? '' : ',';
}
