import { j as COUNTRY_OPTIONS, k as ACADEMY_COUNTRIES } from './src.js-BEir3teA.js';

// src/lib/i18n/countries.ts
var academy = new Set(ACADEMY_COUNTRIES);
function displayNames(locale) {
	try {
		return new Intl.DisplayNames([locale], {
			type: "region",
			fallback: "code"
		});
	} catch {
		return null;
	}
}
/** The country's name in `locale` (Intl.DisplayNames), or its code where the runtime has no name. */
function countryName(code, locale) {
	return displayNames(locale)?.of(code) ?? code;
}
/** The academy's five countries first (in their usual order), then every other ISO country by name. */
function countryGroups(locale) {
	const names = displayNames(locale);
	const toOption = (code) => ({
		code,
		name: names?.of(code) ?? code
	});
	const collator = new Intl.Collator(locale);
	return {
		academy: ACADEMY_COUNTRIES.map(toOption),
		others: COUNTRY_OPTIONS.filter((code) => !academy.has(code)).map(toOption).sort((a, b) => collator.compare(a.name, b.name))
	};
}

export { countryGroups as a, countryName as c };
//# sourceMappingURL=countries.js-BtjWBecQ.js.map
