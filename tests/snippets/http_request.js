'use strict';
// One HTTP request for the snippet tests, printed as JSON: {"status":..,"headers":{..},"setCookie":[..],"body":".."}.
//   node http_request.js METHOD URL [--form k=v]... [--cookie "a=b; c=d"] [--json] [--wait SECONDS]
// --json sends Accept: application/json; --wait retries while the connection is refused (a server starting).
// Status 0 means the connection failed.
const http = require('http');

const args = process.argv.slice(2);
const method = args[0];
const target = new URL(args[1]);
const form = new URLSearchParams();
let cookie = '';
let accept = 'text/html';
let wait = 0;
for (let i = 2; i < args.length; i++) {
    if (args[i] === '--form') {
        const pair = args[++i];
        const at = pair.indexOf('=');
        form.append(pair.slice(0, at), pair.slice(at + 1));
    } else if (args[i] === '--cookie') {
        cookie = args[++i];
    } else if (args[i] === '--json') {
        accept = 'application/json';
    } else if (args[i] === '--wait') {
        wait = Number(args[++i]);
    }
}
const body = method === 'POST' ? form.toString() : '';
const deadline = Date.now() + wait * 1000;

function attempt() {
    const headers = { Accept: accept };
    if (cookie) {
        headers.Cookie = cookie;
    }
    if (method === 'POST') {
        headers['Content-Type'] = 'application/x-www-form-urlencoded';
        headers['Content-Length'] = String(Buffer.byteLength(body));
    }
    const req = http.request(target, { method, headers, timeout: 20000 }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
            const setCookie = res.headers['set-cookie'] || [];
            process.stdout.write(JSON.stringify({ status: res.statusCode, headers: res.headers, setCookie,
                body: Buffer.concat(chunks).toString('utf8') }));
        });
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error) => {
        if (error.code === 'ECONNREFUSED' && Date.now() < deadline) {
            setTimeout(attempt, 100);
            return;
        }
        process.stdout.write(JSON.stringify({ status: 0, error: error.message, headers: {}, setCookie: [], body: '' }));
    });
    req.end(body);
}
attempt();
