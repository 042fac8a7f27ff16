// Preloaded into the Teams simulator's node process (node -r ./loopback.js): the simulator
// (@microsoft/m365agentsplayground 0.2.28) calls server.listen(port) with no host and has no
// option or environment variable for one, so it would listen on every interface. Tests may only
// listen on loopback: every listen() that names no host or socket path gets 127.0.0.1.
'use strict';
const net = require('node:net');

const LOOPBACK = '127.0.0.1';
const listen = net.Server.prototype.listen;

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first] = args;
  if (first !== null && typeof first === 'object') {
    const bindsSocket = first.path !== undefined || first.fd !== undefined || first.handle !== undefined || first._handle !== undefined;
    if (!bindsSocket && !first.host) args[0] = { ...first, host: LOOPBACK };
  } else if (first === undefined || typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    if (args.length < 2) args.push(LOOPBACK);
    else if (args[1] === undefined || args[1] === null) args[1] = LOOPBACK;
    else if (typeof args[1] !== 'string') args.splice(1, 0, LOOPBACK);
  }
  return listen.apply(this, args);
};
