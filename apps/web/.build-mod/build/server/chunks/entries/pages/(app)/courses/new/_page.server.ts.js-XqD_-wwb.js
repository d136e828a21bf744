import { s as saveCourse } from '../../../../../chunks/course-save.js-CTqxh7Oe.js';
import { a as requireRole, b as COURSE_EDITORS } from '../../../../../chunks/guards.js-p-okixA8.js';

// src/routes/(app)/courses/new/+page.server.ts
var load = (event) => {
	requireRole(event, COURSE_EDITORS);
	return {};
};
var actions = { default: (event) => saveCourse(event, null) };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-XqD_-wwb.js.map
