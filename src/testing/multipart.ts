/** A file field of a multipart body. */
export interface FilePart {
  name: string;
  type: string;
  data: Buffer;
}

/** A multipart body as a browser sends a photo form: the fields first (the token among them), then the file. */
export function multipartBody(fields: Record<string, string>, file: FilePart | null, field = 'photo') {
  const boundary = '----zuhause-test-boundary';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  if (file) {
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`;
    parts.push(Buffer.from(head), file.data, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
