// src/lib/i18n/localized.ts
/** A course text in the current language; English falls back to Spanish, which is always written. */
function localized(text, locale) {
	if (!text) return "";
	return locale === "en" && text.en || text.es;
}

export { localized as l };
//# sourceMappingURL=localized.js-5IdAKyD2.js.map
