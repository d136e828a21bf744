import './client.js-BNlL4dZY.js';
//# sourceMappingURL=navigation.js-D3SEynFD.js.map
