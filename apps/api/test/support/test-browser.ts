// A browser as far as sign-in needs one: fetch without following redirects, and a cookie jar
// per host and port (cookies ignore ports, but the API's and the provider's never share names,
// and keeping them apart makes a "different browser" easy to stage).
export class TestBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  async get(url: string | URL): Promise<Response> {
    const target = new URL(url);
    const response = await fetch(target, {
      redirect: 'manual',
      headers: { cookie: this.cookieHeader(target), accept: 'text/html' },
    });
    this.store(target, response);
    return response;
  }

  async post(url: string | URL, body: unknown): Promise<Response> {
    const target = new URL(url);
    const response = await fetch(target, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: this.cookieHeader(target), 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    this.store(target, response);
    return response;
  }

  cookie(url: string | URL, name: string): string | undefined {
    return this.jars.get(new URL(url).host)?.get(name);
  }

  private cookieHeader(url: URL): string {
    const jar = this.jars.get(url.host) ?? new Map<string, string>();
    return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private store(url: URL, response: Response): void {
    const jar = this.jars.get(url.host) ?? new Map<string, string>();
    this.jars.set(url.host, jar);
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const expired = attributes.some((a) => {
        const [key = '', val = ''] = a.split('=');
        const k = key.toLowerCase();
        return (
          (k === 'max-age' && Number(val) <= 0) ||
          (k === 'expires' && Date.parse(val) <= Date.now())
        );
      });
      if (expired || value === '') {
        jar.delete(name);
      } else {
        jar.set(name, value);
      }
    }
  }
}
