import { createServer, type Server } from 'node:http';

/**
 * A stand-in for WeChat's code2Session on loopback. Stateless, so every jest worker can
 * rely on it: the code `code-for:<openid>` answers that openid; `expired` answers
 * errcode 40029 (invalid code), as WeChat does for a used or old code.
 */
export async function startFakeWechat(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('Content-Type', 'application/json');
    if (url.pathname !== '/sns/jscode2session' || url.searchParams.get('grant_type') !== 'authorization_code') {
      res.end(JSON.stringify({ errcode: 40013, errmsg: 'invalid request' }));
      return;
    }
    if (!url.searchParams.get('appid') || !url.searchParams.get('secret')) {
      res.end(JSON.stringify({ errcode: 40125, errmsg: 'invalid appsecret' }));
      return;
    }
    const code = url.searchParams.get('js_code') ?? '';
    if (code.startsWith('code-for:')) {
      res.end(JSON.stringify({ openid: code.slice('code-for:'.length), session_key: 'not-used' }));
    } else {
      res.end(JSON.stringify({ errcode: 40029, errmsg: 'invalid code' }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('fake WeChat did not start');
  server.unref();
  return { url: `http://127.0.0.1:${address.port}`, server };
}
