const index = 1;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/_error.svelte.js-BFzGSvu0.js')).default;
const imports = ["_app/immutable/nodes/1.BOKWzOil.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/BNQBbxgl.js","_app/immutable/chunks/C5rPqg-2.js","_app/immutable/chunks/CypSE16H.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/Cny3wKGg.js","_app/immutable/chunks/CvstXghp.js"];
const stylesheets = ["_app/immutable/assets/1.7WxQK86j.css"];
const fonts = [];

export { component, fonts, imports, index, stylesheets };
//# sourceMappingURL=1.js-aW_3xPxn.js.map
