// One tooltip for all highlights. It lives in a closed shadow root whose host is attached to
// <html> only while visible, so a hidden tooltip leaves the page exactly as it was.
export const UI_ATTR = 'data-finlens-ui';

const STYLE = `
:host { all: initial; position: fixed; top: 0; left: 0; z-index: 2147483647; pointer-events: none; }
div {
  box-sizing: border-box; max-width: 360px; padding: 6px 10px; border-radius: 6px;
  background: #1f2937; color: #f9fafb; box-shadow: 0 4px 14px rgb(0 0 0 / 0.25);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB",
    "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
  white-space: normal; overflow-wrap: anywhere;
}`;

export interface Tooltip {
  show(text: string, x: number, y: number): void;
  hide(): void;
}

export function createTooltip(doc: Document): Tooltip {
  const host = doc.createElement('div');
  host.setAttribute(UI_ATTR, '');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.setAttribute('role', 'tooltip');
  root.append(style, box);

  return {
    show(text, x, y) {
      box.textContent = text;
      if (!host.isConnected) doc.documentElement.appendChild(host);
      // Below right of the pointer, flipped where it would leave the viewport.
      const { width, height } = box.getBoundingClientRect();
      const view = doc.documentElement;
      const left = x + 12 + width > view.clientWidth ? Math.max(4, x - 12 - width) : x + 12;
      const top = y + 18 + height > view.clientHeight ? Math.max(4, y - 12 - height) : y + 18;
      host.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
    },
    hide() {
      host.remove();
    },
  };
}
