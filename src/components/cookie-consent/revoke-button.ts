import { pageDocument } from '../../internal/page-document.js';

const SVG = 'http://www.w3.org/2000/svg';
const COOKIE =
  'M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5zM7.5 11a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm4 4a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm5 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zM9 5.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3z';

/**
 * The floating "Cookie settings" button, which reopens the preferences after a decision: made with
 * the DOM's own methods (no template engine: a returning visitor's page shows it without one),
 * kept in `root` while `label` is given, removed when it is `null`.
 */
export function syncRevokeButton(root: Element, label: string | null, onClick: () => void): void {
  let button = root.querySelector<HTMLButtonElement>(':scope > .revoke');
  if (label == null) return button?.remove();
  if (!button) {
    const create = pageDocument('createElementNS');
    button = pageDocument('createElement')('button');
    button.type = 'button';
    button.className = 'revoke';
    button.setAttribute('part', 'button revoke-button');
    button.onclick = onClick;
    const svg = create(SVG, 'svg');
    const path = create(SVG, 'path');
    for (const [k, v] of [['viewBox', '0 0 24 24'], ['width', '24'], ['height', '24'], ['aria-hidden', 'true']]) svg.setAttribute(k!, v!);
    path.setAttribute('fill', 'currentColor');
    path.setAttribute('d', COOKIE);
    svg.append(path);
    button.append(svg);
    root.append(button);
  }
  button.setAttribute('aria-label', label);
}
