'use strict';
// Runs a generated embed script (obole-embed-OFFER.js) against a tiny fake DOM, for the snippet tests (no npm
// package), then submits its form with a fake fetch. Prints, as JSON, what the script built: element names,
// attributes and text nodes, whether anything tried to parse markup (innerHTML and the like), what the form
// posted, and the message shown for a reply whose text is markup.
//   node run_embed.js FILE OFFER
const fs = require('fs');
const vm = require('vm');

const markupCalls = [];

class Node {
    constructor(tag, text) {
        this.tagName = tag ? tag.toUpperCase() : null;
        this.text = text === undefined ? null : String(text);
        this.attributes = {};
        this.children = [];
        this.listeners = {};
        this.hidden = false;
        this.disabled = false;
        this.parentNode = null;
    }
    appendChild(child) {
        this.children.push(child);
        child.parentNode = this;
        return child;
    }
    setAttribute(name, value) {
        this.attributes[name] = String(value);
    }
    getAttribute(name) {
        return Object.prototype.hasOwnProperty.call(this.attributes, name) ? this.attributes[name] : null;
    }
    hasAttribute(name) {
        return Object.prototype.hasOwnProperty.call(this.attributes, name);
    }
    addEventListener(type, listener) {
        (this.listeners[type] = this.listeners[type] || []).push(listener);
    }
    get value() {
        return this._value !== undefined ? this._value : (this.getAttribute('value') || '');
    }
    set value(v) {
        this._value = String(v);
    }
    get textContent() {
        return this.text !== null ? this.text : this.children.map((c) => c.textContent).join('');
    }
    set textContent(v) {
        this.children = [new Node(null, v)];
    }
    set innerHTML(v) {
        markupCalls.push('innerHTML');
    }
    set outerHTML(v) {
        markupCalls.push('outerHTML');
    }
    insertAdjacentHTML() {
        markupCalls.push('insertAdjacentHTML');
    }
    descendants() {
        const all = [];
        for (const c of this.children) {
            if (c.tagName) {
                all.push(c, ...c.descendants());
            }
        }
        return all;
    }
    matches(selector) {
        let m = /^\.([\w-]+)$/.exec(selector);
        if (m) {
            return (this.getAttribute('class') || '').split(/\s+/).includes(m[1]);
        }
        m = /^\[([\w-]+)(?:="([^"]*)")?\]$/.exec(selector);
        if (m) {
            return this.hasAttribute(m[1]) && (m[2] === undefined || this.getAttribute(m[1]) === m[2]);
        }
        return this.tagName === selector.toUpperCase();
    }
    querySelectorAll(selector) {
        return this.descendants().filter((n) => n.matches(selector));
    }
    querySelector(selector) {
        return this.querySelectorAll(selector)[0] || null;
    }
}

const offerId = process.argv[3];
const body = new Node('body');
const host = body.appendChild(new Node('div'));
host.setAttribute('data-obole-embed', offerId);
const root = new Node('html');
root.setAttribute('lang', 'fr');
root.appendChild(body);

let posted = null;
const document = {
    documentElement: root,
    readyState: 'complete',
    createElement: (tag) => new Node(tag),
    createTextNode: (text) => new Node(null, text),
    querySelectorAll: (s) => root.querySelectorAll(s),
    querySelector: (s) => root.querySelector(s),
    addEventListener: () => {},
};
const window = {
    document,
    navigator: { language: 'fr-FR' },
    location: { assign: () => {} },
    URLSearchParams,
    fetch: (url, options) => {
        posted = { url, body: String(options.body), accept: options.headers.Accept };
        return Promise.resolve({ json: () => Promise.resolve({ ok: false, message: '<b>markup</b> & text' }) });
    },
};
window.window = window;
vm.runInNewContext(fs.readFileSync(process.argv[2], 'utf8'), { window, document, navigator: window.navigator,
    URLSearchParams, Array, String, Promise });

const elements = [];
const texts = [];
const attributes = [];
(function walk(node) {
    for (const c of node.children) {
        if (c.tagName) {
            elements.push(c.tagName.toLowerCase());
            for (const [name, value] of Object.entries(c.attributes)) {
                attributes.push({ tag: c.tagName.toLowerCase(), name, value });
            }
            walk(c);
        } else if (c.text.trim() !== '') {
            texts.push(c.text);
        }
    }
})(host);

const form = host.querySelector('form');
const code = form ? form.querySelector('[name="code"]') : null;
if (code) {
    code.value = 'GOOD-1';
}
let prevented = false;
for (const listener of (form && form.listeners.submit) || []) {
    listener({ preventDefault: () => { prevented = true; } });
}
setTimeout(() => {
    const message = host.querySelector('.obole-message');
    process.stdout.write(JSON.stringify({ elements, attributes, texts, markupCalls, posted, prevented,
        message: message ? message.textContent : null,
        hiddenEnglish: host.querySelectorAll('[data-obole-lang="en"]').every((n) => n.hidden) }));
}, 50);
