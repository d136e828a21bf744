import { s as saveCourse } from '../../../../../../chunks/course-save.js-CTqxh7Oe.js';
import { l as loadCourse } from '../../../../../../chunks/courses.js-BfBy2_t4.js';
import { a as requireRole, b as COURSE_EDITORS } from '../../../../../../chunks/guards.js-p-okixA8.js';

// src/routes/(app)/courses/[slug]/edit/+page.server.ts
var load = async (event) => {
	const { token } = requireRole(event, COURSE_EDITORS);
	const { course } = await loadCourse(event, token, event.params.slug);
	return { course };
};
var actions = { default: (event) => saveCourse(event, event.params.slug) };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-DU6lDJOx.js.map
