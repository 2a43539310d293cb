// Numbers, dates, plurals and language names in the reader's conventions, through Intl: never string concatenation.

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `n` in `locale`'s digits and grouping, with at most `maxFractionDigits` decimals. */
export function formatNumber(n: number, locale: string, maxFractionDigits = 0): string {
	const key = `${locale}|${maxFractionDigits}`;
	let f = numberFormats.get(key);
	if (!f) {
		f = new Intl.NumberFormat(locale, { maximumFractionDigits: maxFractionDigits });
		numberFormats.set(key, f);
	}
	return f.format(n);
}

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as `locale` writes it: "15 December 2016", "2016年12月15日". */
export function formatDate(iso: string, locale: string): string {
	const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
	if (!m) return iso;
	const [, y, mo, d] = m;
	const month = mo ? Number(mo) : undefined;
	// A month or day that does not exist is not turned into another date: the part that is valid is written.
	if (month !== undefined && (month < 1 || month > 12)) return formatDate(y!, locale);
	const daysInMonth = month ? new Date(Date.UTC(Number(y), month, 0)).getUTCDate() : 31;
	if (d && (Number(d) < 1 || Number(d) > daysInMonth)) return formatDate(`${y}-${mo}`, locale);
	const date = new Date(Date.UTC(Number(y), month ? month - 1 : 0, d ? Number(d) : 1));
	const options: Intl.DateTimeFormatOptions = d
		? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
		: mo
			? { year: 'numeric', month: 'long', timeZone: 'UTC' }
			: { year: 'numeric', timeZone: 'UTC' };
	return new Intl.DateTimeFormat(locale, options).format(date);
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The form of a phrase for `n` by the language's plural rules (Intl.PluralRules); `other` when a form is missing. */
export function plural(locale: string, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
	let rules = pluralRules.get(locale);
	if (!rules) {
		rules = new Intl.PluralRules(locale);
		pluralRules.set(locale, rules);
	}
	return forms[rules.select(n)] ?? forms.other;
}

/** A language's name in `locale`: "Japanese", "японский", "日语". */
export function languageName(lang: string, locale: string): string {
	try {
		return new Intl.DisplayNames([locale], { type: 'language' }).of(lang) ?? lang;
	} catch {
		return lang;
	}
}
