// src/lib/courses/outline.ts
/** Every lesson of the course in reading order (modules, then lessons). */
function lessonsInOrder(course) {
	return course.modules.flatMap((module, moduleIndex) => module.lessons.map((lesson) => ({
		lesson,
		module,
		moduleIndex
	})));
}
/** Where a lesson sits, with the lessons before and after it across module boundaries; null if it is not there. */
function placeOf(course, lessonId) {
	const all = lessonsInOrder(course);
	const index = all.findIndex((entry) => entry.lesson.id === lessonId);
	if (index < 0) return null;
	return {
		...all[index],
		index,
		previous: all[index - 1]?.lesson ?? null,
		next: all[index + 1]?.lesson ?? null
	};
}
/** The distinct topics of the catalogue, alphabetically, for the filter. */
function topicsOf(courses, locale = "es") {
	const collator = new Intl.Collator(locale);
	return [...new Set(courses.flatMap((course) => course.topics))].sort(collator.compare);
}
/** "17 min", "1 h 05 min": a video's length for people deciding whether they have time now. */
function formatDuration(seconds) {
	const minutes = Math.max(1, Math.round(seconds / 60));
	if (minutes < 60) return `${minutes} min`;
	return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}

export { formatDuration as f, placeOf as p, topicsOf as t };
//# sourceMappingURL=outline.js-CnwMIEeI.js.map
