import './client.js-C3Zw1AhV.js';
//# sourceMappingURL=navigation.js-B2BMJXwO.js.map
