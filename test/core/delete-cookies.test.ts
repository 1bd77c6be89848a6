import { expect } from '@open-wc/testing';
import { cookieDomains, deleteCookies } from '../../src/core/delete-cookies.js';

describe('deleteCookies', () => {
  it('tries the host and every domain above it, where tags write by default', () => {
    // Google Analytics and the Meta pixel on www.example.com write _ga and _fbp for example.com
    expect(cookieDomains('www.example.com')).to.deep.equal([undefined, 'www.example.com', undefined, 'example.com']);
    expect(cookieDomains('a.b.example.co.uk', 'example.co.uk')).to.deep.equal([undefined, 'a.b.example.co.uk', 'example.co.uk', 'b.example.co.uk', 'example.co.uk', 'co.uk']);
    expect(cookieDomains('localhost')).to.deep.equal([undefined, 'localhost', undefined]);
    expect(cookieDomains('127.0.0.1').slice(0, 2)).to.deep.equal([undefined, '127.0.0.1']);
    expect(cookieDomains('www.example.com', 'shop.example.com')).to.deep.equal([undefined, 'www.example.com', 'shop.example.com', 'example.com']);
  });

  it('writes a deletion for each of those domains', () => {
    const proto = Document.prototype;
    const native = Object.getOwnPropertyDescriptor(proto, 'cookie')!;
    const writes: string[] = [];
    Object.defineProperty(proto, 'cookie', {
      configurable: true,
      get() { return 'test_gone=1; test_kept=1'; },
      set(value: string) { writes.push(value); },
    });
    try {
      deleteCookies(['test_gone']);
    } finally {
      Object.defineProperty(proto, 'cookie', native);
    }
    const domains = writes.map((w) => /; domain=([^;]*)/.exec(w)?.[1]);
    expect(writes.every((w) => w.startsWith('test_gone=;'))).to.equal(true);
    expect(domains).to.deep.equal(cookieDomains(location.hostname));
  });
});
