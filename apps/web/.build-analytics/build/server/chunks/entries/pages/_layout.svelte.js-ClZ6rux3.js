import { ah as escape_html, ai as attr, aj as ensure_array_like, a1 as derived } from '../../chunks/server.js-BLE87T70.js';
import { o as onDestroy } from '../../chunks/index-server.js-CutNbI_-.js';
import { p as page } from '../../chunks/state.js-C07OAzY1.js';
import { l as locale_es } from '../../chunks/locale_es.js-C_uyAtcI.js';
import { l as locale_en } from '../../chunks/locale_en.js-C5IfUzEZ.js';
import { n as nav_build } from '../../chunks/nav_build.js-AZ5qHY6c.js';
import { m as mod_nav } from '../../chunks/mod_nav.js-C7_nImqq.js';
import { L as LOCALES } from '../../chunks/src.js-BEir3teA.js';
import { s as setRealtime, R as RealtimeConnection } from '../../chunks/socket.svelte.js-DbqnyPgP.js';
import { e as getLocale } from '../../chunks/runtime.js-B8EFPPLT.js';
import '../../chunks/shared.js-DUAwVbGM.js';
import '../../chunks/client.js-C3Zw1AhV.js';
import '../../chunks/exports.js-BDUeH8ma.js';
import '../../chunks/internal2.js-B8C7YPNb.js';
import '../../chunks/utils.js-dm2kV1-z.js';
import 'zod';
import 'socket.io-client';

// src/lib/paraglide/messages/analytics_nav.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_NavInputs */
var es_analytics_nav = () => {
	return `Analítica`;
};
var en_analytics_nav = () => {
	return `Analytics`;
};
/**
* | output |
* | --- |
* | "Analytics" |
*
* @param {Analytics_NavInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_nav = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_nav();
	return es_analytics_nav();
});
// src/lib/paraglide/messages/sub_nav_review.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Nav_ReviewInputs */
var es_sub_nav_review = () => {
	return `Revisión`;
};
var en_sub_nav_review = () => {
	return `Review`;
};
/**
* | output |
* | --- |
* | "Review" |
*
* @param {Sub_Nav_ReviewInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_nav_review = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_nav_review();
	return es_sub_nav_review();
});
// src/lib/paraglide/messages/app_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} App_NameInputs */
var es_app_name = () => {
	return `TrainAction`;
};
var en_app_name = () => {
	return `TrainAction`;
};
/**
* | output |
* | --- |
* | "TrainAction" |
*
* @param {App_NameInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var app_name = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_app_name();
	return es_app_name();
});
// src/lib/paraglide/messages/app_tagline.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} App_TaglineInputs */
var es_app_tagline = () => {
	return `Academia en línea de seguridad ciudadana`;
};
var en_app_tagline = () => {
	return `Online academy for citizen security`;
};
/**
* | output |
* | --- |
* | "Online academy for citizen security" |
*
* @param {App_TaglineInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var app_tagline = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_app_tagline();
	return es_app_tagline();
});
// src/lib/paraglide/messages/skip_to_content.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Skip_To_ContentInputs */
var es_skip_to_content = () => {
	return `Saltar al contenido principal`;
};
var en_skip_to_content = () => {
	return `Skip to main content`;
};
/**
* | output |
* | --- |
* | "Skip to main content" |
*
* @param {Skip_To_ContentInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var skip_to_content = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_skip_to_content();
	return es_skip_to_content();
});
// src/lib/paraglide/messages/nav_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Nav_LabelInputs */
var es_nav_label = () => {
	return `Navegación principal`;
};
var en_nav_label = () => {
	return `Main navigation`;
};
/**
* | output |
* | --- |
* | "Main navigation" |
*
* @param {Nav_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var nav_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_nav_label();
	return es_nav_label();
});
// src/lib/paraglide/messages/nav_home.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Nav_HomeInputs */
var es_nav_home = () => {
	return `Inicio`;
};
var en_nav_home = () => {
	return `Home`;
};
/**
* | output |
* | --- |
* | "Home" |
*
* @param {Nav_HomeInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var nav_home = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_nav_home();
	return es_nav_home();
});
// src/lib/paraglide/messages/nav_profile.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Nav_ProfileInputs */
var es_nav_profile = () => {
	return `Perfil`;
};
var en_nav_profile = () => {
	return `Profile`;
};
/**
* | output |
* | --- |
* | "Profile" |
*
* @param {Nav_ProfileInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var nav_profile = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_nav_profile();
	return es_nav_profile();
});
// src/lib/paraglide/messages/nav_users.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Nav_UsersInputs */
var es_nav_users = () => {
	return `Usuarios`;
};
var en_nav_users = () => {
	return `Users`;
};
/**
* | output |
* | --- |
* | "Users" |
*
* @param {Nav_UsersInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var nav_users = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_nav_users();
	return es_nav_users();
});
// src/lib/paraglide/messages/sign_out.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sign_OutInputs */
var es_sign_out = () => {
	return `Cerrar sesión`;
};
var en_sign_out = () => {
	return `Sign out`;
};
/**
* | output |
* | --- |
* | "Sign out" |
*
* @param {Sign_OutInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sign_out = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sign_out();
	return es_sign_out();
});
// src/lib/paraglide/messages/language_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Language_LabelInputs */
var es_language_label = () => {
	return `Idioma`;
};
var en_language_label = () => {
	return `Language`;
};
/**
* | output |
* | --- |
* | "Language" |
*
* @param {Language_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var language_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_language_label();
	return es_language_label();
});
// src/lib/paraglide/messages/nav_courses.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Nav_CoursesInputs */
var es_nav_courses = () => {
	return `Cursos`;
};
var en_nav_courses = () => {
	return `Courses`;
};
/**
* | output |
* | --- |
* | "Courses" |
*
* @param {Nav_CoursesInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var nav_courses = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_nav_courses();
	return es_nav_courses();
});
// src/lib/paraglide/messages/nav_cohorts.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Nav_CohortsInputs */
var es_nav_cohorts = () => {
	return `Cohortes`;
};
var en_nav_cohorts = () => {
	return `Cohorts`;
};
/**
* | output |
* | --- |
* | "Cohorts" |
*
* @param {Nav_CohortsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var nav_cohorts = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_nav_cohorts();
	return es_nav_cohorts();
});
// src/lib/navigation/nav.ts
/** The main navigation a role sees. Moderators see what learners see; their cohort tools are on the cohort pages. */
function navLinks(role) {
	const links = [
		{
			href: "/home",
			label: nav_home()
		},
		{
			href: "/courses",
			label: nav_courses()
		},
		{
			href: "/cohorts",
			label: nav_cohorts()
		}
	];
	const manager = role === "coordinator" || role === "admin";
	if (manager || role === "moderator") links.push({
		href: "/review",
		label: sub_nav_review()
	});
	if (manager || role === "moderator") links.push({
		href: "/moderation",
		label: mod_nav()
	});
	if (manager) links.push({
		href: "/cohorts/build",
		label: nav_build()
	});
	if (manager) links.push({
		href: "/analytics",
		label: analytics_nav()
	});
	links.push({
		href: "/profile",
		label: nav_profile()
	});
	if (manager) links.push({
		href: "/admin/users",
		label: nav_users()
	});
	return links;
}
/** The link for the current page, also for pages below it (e.g. /admin/users?cursor=…). */
function isCurrent(href, pathname) {
	return pathname === href || pathname.startsWith(`${href}/`);
}
/** The one link to mark current: the longest that matches, so /cohorts/build is not also "Cohortes". */
function currentHref(links, pathname) {
	return links.filter((link) => isCurrent(link.href, pathname)).sort((a, b) => b.href.length - a.href.length)[0]?.href ?? null;
}
// src/lib/components/LanguageSwitch.svelte
function LanguageSwitch($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Where to come back to after switching. */
		let { current, redirectTo } = $$props;
		const names = {
			es: locale_es,
			en: locale_en
		};
		$$renderer.push(`<form method="POST" action="/locale" class="language-switch"><input type="hidden" name="redirectTo"${attr("value", redirectTo)}/> <div role="group"${attr("aria-label", language_label())} class="svelte-oq8zre"><!--[-->`);
		const each_array = ensure_array_like(LOCALES);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let locale = each_array[$$index];
			$$renderer.push(`<button name="locale"${attr("value", locale)}${attr("lang", locale)}${attr("aria-pressed", current === locale)} class="svelte-oq8zre"><span aria-hidden="true">${escape_html(locale.toUpperCase())}</span><span class="visually-hidden">${escape_html(names[locale]())}</span></button>`);
		}
		$$renderer.push(`<!--]--></div></form>`);
	});
}
// src/lib/components/SiteHeader.svelte
function SiteHeader($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { user, locale, pathname, search } = $$props;
		const links = derived(() => user ? navLinks(user.role) : []);
		const current = derived(() => currentHref(links(), pathname));
		$$renderer.push(`<header class="site-header svelte-a8kxe2"><div class="bar svelte-a8kxe2"><a class="brand svelte-a8kxe2"${attr("href", user ? "/home" : "/login")}><svg class="logo svelte-a8kxe2" viewBox="0 0 32 32" aria-hidden="true" focusable="false"><rect width="32" height="32" rx="7" fill="#fff"></rect><path d="M9 10h14v3h-5.5v11h-3V13H9z" fill="#1d4f7a"></path></svg> <span class="brand-text svelte-a8kxe2"><span class="brand-name svelte-a8kxe2">${escape_html(app_name())}</span> <span class="brand-tagline svelte-a8kxe2">${escape_html(app_tagline())}</span></span></a> <div class="tools svelte-a8kxe2">`);
		LanguageSwitch($$renderer, {
			current: locale,
			redirectTo: pathname + search
		});
		$$renderer.push(`<!----> `);
		if (user) $$renderer.push(`<!--[0--><form method="POST" action="/logout"><button class="sign-out svelte-a8kxe2">${escape_html(sign_out())}</button></form>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div></div> `);
		if (user) {
			$$renderer.push(`<!--[0--><nav${attr("aria-label", nav_label())} class="svelte-a8kxe2"><ul class="svelte-a8kxe2"><!--[-->`);
			const each_array = ensure_array_like(links());
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let link = each_array[$$index];
				$$renderer.push(`<li><a${attr("href", link.href)}${attr("aria-current", current() === link.href ? "page" : void 0)} class="svelte-a8kxe2">${escape_html(link.label)}</a></li>`);
			}
			$$renderer.push(`<!--]--></ul></nav>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></header>`);
	});
}
// src/routes/+layout.svelte
function _layout($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, children } = $$props;
		const realtime = setRealtime(new RealtimeConnection());
		onDestroy(() => realtime.disconnect());
		$$renderer.push(`<a class="skip-link svelte-12qhfyh" href="#main">${escape_html(skip_to_content())}</a> `);
		SiteHeader($$renderer, {
			user: data.user,
			locale: data.locale,
			pathname: page.url.pathname,
			search: page.url.search
		});
		$$renderer.push(`<!----> <main id="main" tabindex="-1" class="svelte-12qhfyh">`);
		children($$renderer);
		$$renderer.push(`<!----></main> <footer class="site-footer svelte-12qhfyh"><p class="svelte-12qhfyh">${escape_html(app_name())} · ${escape_html(app_tagline())}</p></footer>`);
	});
}

export { _layout as default };
//# sourceMappingURL=_layout.svelte.js-ClZ6rux3.js.map
