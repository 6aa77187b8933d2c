'use strict';
// A small HTML tokenizer for the snippet tests (no npm package): reads a widget file and prints, as JSON, every
// element name, every attribute, every text node (entities decoded) and every script, so a test can tell what a
// browser would build: a hostile product name must come out as one text node, never as elements.
//   node parse_html.js FILE
const fs = require('fs');

const html = fs.readFileSync(process.argv[2], 'utf8');
const out = { elements: [], attributes: [], texts: [], scripts: [], errors: [] };

function decode(text) {
    return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);/g, (all, name) => {
        if (name[0] === '#') {
            return String.fromCodePoint(name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
        }
        return { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: '\u00A0' }[name];
    });
}

let i = 0;
let text = '';
function flushText() {
    if (text.trim() !== '') {
        out.texts.push(decode(text));
    }
    text = '';
}

while (i < html.length) {
    if (html.startsWith('<!--', i)) {
        flushText();
        const end = html.indexOf('-->', i + 4);
        if (end < 0) {
            out.errors.push('unclosed comment');
            break;
        }
        i = end + 3;
        continue;
    }
    if (html[i] === '<' && html[i + 1] === '/') {
        flushText();
        const end = html.indexOf('>', i);
        i = end < 0 ? html.length : end + 1;
        continue;
    }
    if (html[i] === '<' && /[A-Za-z]/.test(html[i + 1] || '')) {
        flushText();
        let j = i + 1;
        while (j < html.length && /[A-Za-z0-9-]/.test(html[j])) {
            j++;
        }
        const tag = html.slice(i + 1, j).toLowerCase();
        out.elements.push(tag);
        const attrs = {};
        for (;;) {
            while (j < html.length && /\s/.test(html[j])) {
                j++;
            }
            if (j >= html.length) {
                out.errors.push('unclosed tag ' + tag);
                break;
            }
            if (html[j] === '>') {
                j++;
                break;
            }
            if (html.startsWith('/>', j)) {
                j += 2;
                break;
            }
            let k = j;
            while (k < html.length && !/[\s=>\/]/.test(html[k])) {
                k++;
            }
            const name = html.slice(j, k).toLowerCase();
            let value = '';
            j = k;
            if (html[j] === '=') {
                j++;
                const quote = html[j];
                if (quote === '"' || quote === '\'') {
                    const end = html.indexOf(quote, j + 1);
                    value = html.slice(j + 1, end < 0 ? html.length : end);
                    j = end < 0 ? html.length : end + 1;
                } else {
                    let e = j;
                    while (e < html.length && !/[\s>]/.test(html[e])) {
                        e++;
                    }
                    value = html.slice(j, e);
                    j = e;
                }
            } else if (html[j] === '/') {
                j++;
            }
            if (name) {
                attrs[name] = decode(value);
                out.attributes.push({ tag, name, value: decode(value) });
            }
        }
        i = j;
        if (tag === 'script' || tag === 'style') {
            const end = html.toLowerCase().indexOf('</' + tag, i);
            const inner = html.slice(i, end < 0 ? html.length : end);
            if (tag === 'script') {
                out.scripts.push({ src: attrs.src || '', inline: inner });
            }
            i = end < 0 ? html.length : end;
        }
        continue;
    }
    text += html[i];
    i++;
}
flushText();
process.stdout.write(JSON.stringify(out));
