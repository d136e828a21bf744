// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe(renderMarkdown.name, () => {
  it('renders headings, emphasis, lists and links', () => {
    const html = renderMarkdown('# Título\n\nTexto con **énfasis**.\n\n- uno\n- dos\n\n[BID](https://www.iadb.org)');
    expect(html).toContain('<h2>Título</h2>');
    expect(html).toContain('<strong>énfasis</strong>');
    expect(html).toContain('<li>uno</li>');
    expect(html).toContain('<a href="https://www.iadb.org" rel="noopener noreferrer nofollow">BID</a>');
  });

  it('removes scripts, event handlers and javascript: links', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script><img src=x onerror=alert(1)><p onclick="x()">p</p>\n\n[enlace](javascript:alert(1))',
    );
    expect(html).not.toMatch(/script|onerror|onclick|javascript:|<img/i);
    expect(html).toContain('<p>p</p>');
    expect(html).toContain('<a>enlace</a>');
  });
});
