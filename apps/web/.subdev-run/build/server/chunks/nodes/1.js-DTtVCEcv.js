const index = 1;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/_error.svelte.js-D56qYKm-.js')).default;
const imports = ["_app/immutable/nodes/1.BRWj08mg.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/B5E5tcPs.js","_app/immutable/chunks/Cv3qAQ0X.js","_app/immutable/chunks/Dpqz3vCa.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/Cny3wKGg.js","_app/immutable/chunks/CvstXghp.js"];
const stylesheets = ["_app/immutable/assets/1.7WxQK86j.css"];
const fonts = [];

export { component, fonts, imports, index, stylesheets };
//# sourceMappingURL=1.js-DTtVCEcv.js.map
