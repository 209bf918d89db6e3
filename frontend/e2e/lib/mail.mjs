// The mails the backend really sent, read from GreenMail's REST API (started by docker/local/run.sh:
// SMTP 3025, API 8025): GET /api/user/{address}/messages/INBOX → [{ subject, mimeMessage, … }]
// (400 until the address has received anything).
import { poll } from './poll.mjs';

export const MAIL_API_URL = (process.env.E2E_MAIL_API_URL || 'http://localhost:8025').replace(/\/+$/, '');

/** The messages in the inbox of `address`, decoded: { subject, text, raw }; [] before the first one. */
export async function inbox(address) {
  const res = await fetch(`${MAIL_API_URL}/api/user/${encodeURIComponent(address)}/messages/INBOX`, { headers: { Accept: 'application/json' } });
  if (res.status === 400 || res.status === 404) return []; // nobody has mailed this address yet
  if (!res.ok) throw new Error(`GreenMail ${address}: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
  return (await res.json()).map((m) => ({ subject: decodeWords(m.subject ?? ''), text: textOf(m.mimeMessage ?? ''), raw: m.mimeMessage ?? '' }));
}

/** Waits (polling) until a message to `address` matches `accept`, and returns it. */
export function waitForMail(address, accept = () => true, { timeoutMs = 60_000 } = {}) {
  return poll(async () => (await inbox(address)).find(accept), { timeoutMs, what: `an e-mail to ${address} in GreenMail (${MAIL_API_URL})` });
}

// --- a little MIME: enough for the text mails quarkus-mailer sends (plain or multipart, QP / base64 / 8bit) ---

function split(raw) {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at < 0 ? raw : raw.slice(0, at);
  const body = at < 0 ? '' : raw.slice(at).replace(/^\r?\n\r?\n/, '');
  const headers = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return { headers, body };
}

function param(header, name) {
  const m = new RegExp(`${name}="?([^";]+)"?`, 'i').exec(header ?? '');
  return m ? m[1] : null;
}

function decodeBody(body, encoding, charset) {
  const enc = (encoding ?? '').toLowerCase();
  let bytes;
  if (enc === 'base64') bytes = Buffer.from(body.replace(/\s+/g, ''), 'base64');
  else if (enc === 'quoted-printable') bytes = qpBytes(body.replace(/=\r?\n/g, ''));
  else bytes = Buffer.from(body, 'utf8');
  return new TextDecoder(charset || 'utf-8').decode(bytes);
}

function qpBytes(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      out.push(...Buffer.from(s[i], 'utf8'));
    }
  }
  return Buffer.from(out);
}

/** The text/plain content of a message (the first text/plain part of a multipart one). */
export function textOf(raw) {
  const { headers, body } = split(raw);
  const type = headers['content-type'] ?? 'text/plain';
  if (/^multipart\//i.test(type)) {
    const boundary = param(type, 'boundary');
    const parts = body.split(`--${boundary}`).slice(1).filter((p) => !p.startsWith('--'));
    const texts = parts.map((p) => p.replace(/^\r?\n/, '')).map((p) => ({ p, t: split(p).headers['content-type'] ?? 'text/plain' }));
    const plain = texts.find((x) => /^text\/plain/i.test(x.t)) ?? texts[0];
    return plain ? textOf(plain.p) : '';
  }
  return decodeBody(body, headers['content-transfer-encoding'], param(type, 'charset')).trim();
}

/** RFC 2047 encoded words (=?UTF-8?B?…?=), in case the subject comes back encoded. */
function decodeWords(s) {
  return s.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=\s*/g, (_, charset, kind, text) =>
    new TextDecoder(charset).decode(kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : qpBytes(text.replace(/_/g, ' '))),
  );
}
