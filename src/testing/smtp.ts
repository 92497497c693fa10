import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

// A real SMTP server for tests (smtp-server, the server half of nodemailer's project): mail delivered by the
// outbox's SMTP transport arrives here over a real socket, and tests read what was received.

export interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** The running test server: its URL, what it received (in order), and how to stop it. */
export interface TestSmtp {
  url: string;
  received: Received[];
  close: () => Promise<void>;
}

/** A real SMTP server on a random loopback port that keeps what it receives and rejects `reject@…`. */
export async function startSmtp(): Promise<TestSmtp> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    disableReverseLookup: true,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('reject@')) {
        const err = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 });
        return callback(err);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise((r) => server.close(() => r())) };
}

/** Decodes a single-part message: header encoded-words and the body's transfer encoding. */
export function decode(raw: string): { subject: string; text: string; headers: string } {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const headers = head.replace(/\r\n[ \t]+/g, ' ');
  const subjectRaw = /^Subject: (.*)$/im.exec(headers)?.[1] ?? '';
  const subject = subjectRaw
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_m, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(
            data
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
  const body = rest.join('\r\n\r\n');
  const cte = /^Content-Transfer-Encoding: (.*)$/im.exec(headers)?.[1]?.trim().toLowerCase();
  const text =
    cte === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : cte === 'quoted-printable'
        ? Buffer.from(
            body
              .replace(/=\r\n/g, '')
              .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8')
        : body;
  return { subject, text: text.replace(/\r\n$/, ''), headers };
}

/** The parts of a multipart message with their headers and decoded bodies (one level of nesting is enough here). */
export function mimeParts(raw: string): { headers: string; body: string }[] {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  if (!boundary) return [];
  const out: { headers: string; body: string }[] = [];
  for (const chunk of raw.split(`--${boundary}`).slice(1, -1)) {
    const inner = /boundary="?([^";\r\n]+)"?/i.test(chunk.split('\r\n\r\n')[0] ?? '') ? mimeParts(chunk) : null;
    if (inner) {
      out.push(...inner);
      continue;
    }
    const { headers, text } = decode(chunk.replace(/^\r\n/, ''));
    out.push({ headers, body: text });
  }
  return out;
}
