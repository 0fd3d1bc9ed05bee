import { runInNewContext } from 'node:vm';
import { mainPackageRoutes, urlPathOf } from '@rights-outreach/shared';
import { landingCampaignGet, landingRoute } from '../../../miniapp/config/landingRoute';
import { type EarlyGet, preloadScript } from '../../../miniapp/config/routePreload';
import { routes } from '../../../miniapp/src/constants/routes';

const files = {
  'pages/landing/index': ['/css/215.abc.css', '/js/215.abc.js'],
  '': ['/css/215.abc.css', '/js/215.abc.js'],
  'staff/pages/login/index': ['/js/386.def.js'],
};
const earlyGets: Record<string, EarlyGet> = {
  'pages/landing/index': { path: mainPackageRoutes.getPublicCampaign.path, fromQuery: { code: 'c' } },
};

interface Link {
  rel?: string;
  as?: string;
  href?: string;
}

/** Runs index.html's inline script as a browser would open `url`, and says what it started. */
function open(
  url: string,
  fetchAnswer: () => Promise<unknown> = () => Promise.resolve({ ok: true, status: 200, json: () => Promise.resolve({}) }),
) {
  const { pathname, search } = new URL(url, 'http://h5.test');
  const links: Link[] = [];
  const fetched: string[] = [];
  const window: { __earlyAnswers?: Record<string, Promise<unknown>> } = {};
  runInNewContext(preloadScript(files, earlyGets, '/api'), {
    window,
    location: { pathname, search },
    URLSearchParams,
    document: { createElement: () => ({}) as Link, head: { appendChild: (link: Link) => links.push(link) } },
    fetch: (input: string) => {
      fetched.push(input);
      return fetchAnswer();
    },
  });
  return { links, fetched, answers: window.__earlyAnswers };
}

describe('index.html route preload', () => {
  it('names the landing route and its first request as the app and the contract do', () => {
    expect(landingRoute).toBe(routes.landing);
    expect(landingCampaignGet.path).toBe(mainPackageRoutes.getPublicCampaign.path);
  });

  it('preloads the opened page’s script and style, and nothing of other pages', () => {
    const { links } = open('/pages/landing/index?c=demo-315&s=counter');
    expect(links).toEqual([
      { rel: 'preload', as: 'style', href: '/css/215.abc.css' },
      { rel: 'preload', as: 'script', href: '/js/215.abc.js' },
    ]);
  });

  it('starts the landing page’s campaign request with the link’s code, encoded as the app encodes it', async () => {
    const { fetched, answers } = open('/pages/landing/index?c=demo 315&s=counter');
    const appPath = urlPathOf(mainPackageRoutes.getPublicCampaign, { code: 'demo 315' });
    expect(fetched).toEqual([`/api${appPath}`]);
    await expect(answers?.[appPath]).resolves.toEqual({ status: 200, data: {} });
  });

  it('leaves a refused or failed early request to the app (null), which asks again', async () => {
    const refused = open('/pages/landing/index?c=nope', () => Promise.resolve({ ok: false, status: 404, json: () => Promise.resolve({}) }));
    await expect(refused.answers?.['/public/campaigns/nope']).resolves.toBeNull();
    const offline = open('/pages/landing/index?c=demo-315', () => Promise.reject(new Error('offline')));
    await expect(offline.answers?.['/public/campaigns/demo-315']).resolves.toBeNull();
  });

  it('asks nothing early without a campaign code, or on a page without an early request', () => {
    expect(open('/pages/landing/index?s=counter').fetched).toEqual([]);
    const login = open('/staff/pages/login/index');
    expect(login.fetched).toEqual([]);
    expect(login.links.map((link) => link.href)).toEqual(['/js/386.def.js']);
  });

  it('does nothing on a route it does not know', () => {
    expect(open('/nowhere').links).toEqual([]);
  });
});
