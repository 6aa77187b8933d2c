'use strict';
// Prints a TCP port free on 127.0.0.1 right now (the system picks it), for a server a test is about to start.
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    server.close(() => process.stdout.write(String(port)));
});
