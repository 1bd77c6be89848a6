/**
 * Copies `text` with the Clipboard API and says so in `status` (a `role="status"` region). Where
 * the browser refuses (no permission, an insecure context, no user activation), the snippet's
 * text is selected instead and `status` says how to copy it by hand.
 */
export async function copySnippet(text: string, code: HTMLElement, status: HTMLElement): Promise<'copied' | 'selected'> {
  status.textContent = '';
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied to the clipboard.';
    status.dataset.result = 'copied';
    return 'copied';
  } catch {
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    status.textContent = 'Copying was not allowed here: the snippet is selected. Press Ctrl+C (⌘C on a Mac) to copy it.';
    status.dataset.result = 'selected';
    return 'selected';
  }
}
