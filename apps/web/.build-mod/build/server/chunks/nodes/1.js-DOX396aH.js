const index = 1;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/_error.svelte.js-C9-QSGRO.js')).default;
const imports = ["_app/immutable/nodes/1.Dw-PIi4v.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/j5l-DjFE.js","_app/immutable/chunks/DmjN3TVu.js","_app/immutable/chunks/CWg-DwwN.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/Cny3wKGg.js","_app/immutable/chunks/CvstXghp.js"];
const stylesheets = ["_app/immutable/assets/1.7WxQK86j.css"];
const fonts = [];

export { component, fonts, imports, index, stylesheets };
//# sourceMappingURL=1.js-DOX396aH.js.map
