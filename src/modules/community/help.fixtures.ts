/** What the helpers need of a test client: posting a form (fetching its page first for the form token). */
interface Poster {
  post(
    url: string,
    form: Record<string, string>,
    formPage?: string,
  ): Promise<{ statusCode: number; headers: Record<string, unknown>; body: string }>;
}

/** Posts a new help entry as `client` and returns its id (asserting the redirect to its page). */
export async function postHelp(
  client: Poster,
  base: string,
  form: Partial<Record<'kind' | 'category' | 'quartier' | 'authorName' | 'locale' | 'title' | 'body', string>> = {},
): Promise<string> {
  const res = await client.post(`${base}/help/new`, {
    kind: 'request',
    category: 'furniture',
    authorName: 'Samira',
    locale: 'ar',
    title: 'نحتاج إلى طاولة',
    body: 'نبحث عن طاولة للمطبخ.',
    ...form,
  });
  const id = /\/help\/([0-9a-f-]{36})$/.exec(String(res.headers.location))?.[1];
  if (res.statusCode !== 303 || !id)
    throw new Error(`posting help failed: ${res.statusCode} ${res.body.slice(0, 300)}`);
  return id;
}

/** Answers a post as `client`; returns the conversation's URL. */
export async function answerHelp(
  client: Poster,
  base: string,
  postId: string,
  body = 'Ich kann helfen.',
): Promise<string> {
  const res = await client.post(`${base}/help/${postId}/answer`, { name: 'Gerda', body }, `${base}/help/${postId}`);
  if (res.statusCode !== 303) throw new Error(`answering failed: ${res.statusCode} ${res.body.slice(0, 300)}`);
  return String(res.headers.location);
}
